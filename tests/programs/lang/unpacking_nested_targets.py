# Nested unpacking targets everywhere: for loops, comprehensions, with, except-free assignments, function returns.
pairs = [(1, ("a", "b")), (2, ("c", "d"))]
for n, (first, second) in pairs:
    print(n, first, second)
print([f"{n}{s}" for n, (_, s) in pairs])
print({k: v for k, (v, _) in pairs})

records = [("ann", (30, ["x", "y", "z"])), ("bob", (25, ["q"]))]
for name, (age, [head, *tail]) in records:
    print(name, age, head, tail)

(a, b), (c, d) = "xy", [1, 2]
print(a, b, c, d)
[(p, q), r] = [(1, 2), 3]
print(p, q, r)
first, *middle, (x, y) = [0, 1, 2, (8, 9)]
print(first, middle, x, y)
*init, [last] = [1, 2, [3]]
print(init, last)

def coords():
    return (1, 2), (3, 4)
(x1, y1), (x2, y2) = coords()
print(x2 - x1, y2 - y1)

class CM:
    def __enter__(self):
        return ("host", (80, "tcp"))
    def __exit__(self, *a):
        return False
with CM() as (host, (port, proto)):
    print(host, port, proto)

matrix = [[1, 2], [3, 4]]
for i, [left, right] in enumerate(matrix):
    print(i, left + right)
print([a * b for (a, b) in zip(*matrix)])
swap = {"a": 1, "b": 2}
for key, value in sorted(swap.items(), key=lambda kv: -kv[1]):
    print(key, value)

for bad in [[(1, 2, 3)], [(1,)], [5]]:
    try:
        for (u, v) in bad:
            pass
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
data = {"k": [1, (2, 3)]}
[one, (two, three)] = data["k"]
print(one, two, three)
i = 0
lst = [0, 0, 0]
i, lst[i] = 2, "set at index 2"
print(i, lst)
