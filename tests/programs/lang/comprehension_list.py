# List comprehensions: filters, multiple for clauses, nesting, side effects.
print([x for x in range(10)])
print([x * x for x in range(10) if x % 2 == 0])
print([x for x in range(30) if x % 2 if x % 3])
print([(x, y) for x in range(3) for y in range(x)])
print([(x, y) for x in "ab" for y in "12" if y != "2" or x == "b"])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i == 1])
print([[row[i] for row in matrix] for i in range(3)])
print([elem for row in matrix for elem in row])
print([x if x > 2 else -x for x in range(5)])
print([c.upper() for c in "hello" if c not in "lo"])
print([len(w) for w in "the quick brown fox".split()])
print([(i, c) for i, c in enumerate("xyz")])
print([a + b for a, b in zip([1, 2, 3], [10, 20, 30])])
print([k for k in {"b": 1, "a": 2}])
print([[]  for _ in range(3)], [None] * 0)
print([y for x in [[1, [2, 3]], [4, [5]]] for y in x[1]])
print([x for x in []], [x for x in () if x])
calls = []
def source():
    calls.append("source")
    return [1, 2, 3]
def cond(x):
    calls.append(f"cond {x}")
    return x != 2
result = [x * 10 for x in source() if cond(x)]
print(result, calls)
nested = [[(i, j) for j in range(i)] for i in range(4)]
print(nested)
def gen():
    yield from "ab"
print([g * 2 for g in gen()])
print([x for x in range(5)][::-1], [x for x in range(5)][1:3])
# the first iterable is evaluated in the enclosing scope
values = [1, 2]
print([x for x in values for values in [[3]] * 2] if False else "skip")
print([(x, z) for x in range(2) for z in [x * 10, x * 100]])
try:
    [1 / x for x in [1, 0]]
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    [x for x in 5]
except TypeError as e:
    print(type(e).__name__, e)
