# filter() and map(): None predicate, laziness, multiple iterables (shortest wins), exceptions
# inside the function propagating, and the type errors.
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, 2.5])), list(filter(lambda x: x % 2, range(10))))
print(list(filter(str.isdigit, "a1b2c3")), list(filter(None, ())), list(filter(bool, {0: 1, 2: 3})))
print(list(map(str, [1, 2, 3])), list(map(pow, [2, 3, 4], [5, 2])), list(map(lambda a, b, c: a + b + c, "ab", "cd", "efg")))
print(list(map(len, ["", "ab", [1, 2, 3]])), list(map(int, "123")), list(map(abs, (-1, -2))), list(map(max, [1, 5], [4, 2])))
f = filter(lambda x: x > 1, [1, 2, 3])
m = map(lambda x: x * 10, [1, 2, 3])
print(type(f).__name__, type(m).__name__, next(f), next(m), list(f), list(m), list(f), iter(m) is m)
calls = []
def trace(x):
    calls.append(x)
    return x
mm = map(trace, range(5))
print(calls, next(mm), next(mm), calls)
def boom(x):
    if x == 2:
        raise ValueError("at %d" % x)
    return x
it = map(boom, range(4))
print(next(it), next(it))
try:
    next(it)
except ValueError as e:
    print(type(e).__name__, e)
print(next(it))
for call in (lambda: map(len), lambda: type(map(5, [1])).__name__, lambda: map(len, 5), lambda: filter(None), lambda: filter(None, 5),
             lambda: list(map(5, [1])), lambda: list(filter(5, [1])), lambda: list(map(len, [1]))):
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
print(list(map(lambda *a: a, [1, 2], [3])), list(map(lambda: 1, [])) if False else [], sum(map(len, ["ab", "c"])))
nested = map(str, filter(lambda x: x % 3 == 0, map(lambda x: x * x, range(10))))
print(",".join(nested))
