# Generator expressions: laziness, one-shot iteration, as sole call argument.
g = (x * x for x in range(5))
print(type(g).__name__, next(g), next(g), list(g), list(g))

log = []
def noisy(v):
    log.append(v)
    return v
lazy = (noisy(v) for v in range(3))
print(log)
print(next(lazy), log)
print(list(lazy), log)

print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]))
print(sorted((c for c in "hello"), reverse=True))
print(any(x > 3 for x in [1, 5, 2]), all(x > 0 for x in [1, 2, 0]))
print(list(zip((a for a in "ab"), (b for b in range(10)))))
print(", ".join(str(n) for n in range(4)))
print(dict((k, v) for k, v in [("a", 1), ("b", 2)]))
print(tuple(x for x in "xyz"), set(x % 2 for x in range(4)) == {0, 1})

# short-circuit consumers stop the generator early
consumed = []
def track(n):
    consumed.append(n)
    return n
print(any(track(x) > 1 for x in range(10)), consumed)

nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))

# a generator expression over an exhausted iterator is empty
it = iter([1, 2])
list(it)
print(list(x for x in it))

# errors in the outermost iterable happen at creation, others at iteration
try:
    (x for x in 5)
except TypeError as e:
    print("at creation:", type(e).__name__, e)
g2 = (1 / x for x in [1, 0])
print(next(g2))
try:
    next(g2)
except ZeroDivisionError as e:
    print("at iteration:", type(e).__name__, e)
try:
    next(g2)
except StopIteration:
    print("exhausted after error")

g3 = (x for x in range(3))
print(g3.__name__, g3.__qualname__, iter(g3) is g3)
