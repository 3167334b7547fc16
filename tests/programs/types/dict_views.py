# dict views: keys/values/items are live, len/in/iter/reversed, set operations on keys and items
# views, comparisons, mapping attribute, repr, and 'changed size during iteration' errors.
d = {1: "a", 2: "b", 3: "c"}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), len(v), len(it))
d[4] = "d"
print(k, list(v), list(it), 4 in k, "d" in v, (4, "d") in it, (4, "x") in it)
del d[1]
print(list(k), list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(k & {2, 3, 9}, k | {9}, k - {2}, k ^ {2, 10}, {2, 3} & k, {8} | k, [3, 9] - k if False else "", k.isdisjoint({7, 8}), k.isdisjoint([2]))
print(sorted(it & {(2, "b"), (3, "z")}), sorted(it - {(2, "b")}), it | {(0, 0)} == {(0, 0), (2, "b"), (3, "c"), (4, "d")})
print(k == {2, 3, 4}, k == [2, 3, 4], k != {2}, k < {2, 3, 4, 5}, k <= {2, 3, 4}, k > {2}, it == {(2, "b"), (3, "c"), (4, "d")})
print(v == v, v == d.values(), list(v) == ["b", "c", "d"])
print(type(k).__name__, type(v).__name__, type(it).__name__, type(iter(k)).__name__, type(iter(v)).__name__, type(iter(it)).__name__)
print(k.mapping, type(k.mapping).__name__, v.mapping == d, k.mapping is not d)
print(sorted(k), max(v), sum(k), dict(it), list(zip(k, v)), [x for x in it if x[0] > 2])
for action in ("add", "del", "pop", "update-same"):
    dd = {1: 1, 2: 2, 3: 3}
    try:
        for key in dd:
            if action == "add":
                dd[key + 10] = 0
            elif action == "del":
                del dd[key]
            elif action == "pop":
                dd.popitem()
            else:
                dd[key] = key * 100
        print(action, "ok", dd)
    except RuntimeError as e:
        print(action, type(e).__name__, e)
dd = {1: 1, 2: 2}
try:
    for x in dd.values():
        dd[3] = 3
except RuntimeError as e:
    print(type(e).__name__, e)
dd = {1: 1, 2: 2}
try:
    for x in dd.items():
        dd.pop(2, None)
        dd[5] = 5
except RuntimeError as e:
    print(type(e).__name__, e)
print(dd)
dd = {1: 1, 2: 2}
try:
    for x in reversed(dd):
        dd.pop(1)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    k[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(k) if False else {k}
except TypeError as e:
    print(type(e).__name__, e)
empty = {}
print(empty.keys(), empty.values(), empty.items(), list(reversed({})), {}.keys() == set(), len({}.items()))
