# dict ordering: insertion order preserved across updates, deletes, re-inserts, merges, comprehensions,
# equal-but-different keys (1, 1.0, True), and iteration order of copy/fromkeys/popitem (LIFO).
d = {}
for c in "python":
    d[c] = ord(c)
print(d, list(d))
d["p"] = 0
print(list(d.items())[:2])
del d["y"]
d["y"] = 1
print(list(d))
d.pop("t")
d.update({"t": 2, "a": 3})
print(list(d), d.popitem(), d.popitem(), list(d))
keys = {1: "int"}
keys[1.0] = "float"
keys[True] = "bool"
print(keys, {True: 1, 1: 2, 1.0: 3}, {1.0: "x", 1: "y"})
print({0: "a", False: "b", 0.0: "c", -0.0: "d"}, {(1, 2): 1, (1.0, 2.0): 2})
big = {i: i * i for i in range(20)}
for i in range(0, 20, 2):
    del big[i]
for i in range(0, 20, 4):
    big[i] = -i
print(list(big), len(big))
x = {"b": 1, "a": 2}
y = {"c": 3, "a": 20}
print(x | y, y | x, {**x, **y}, {**y, **x}, dict(x, **y))
x |= y
print(x)
x |= [("z", 0)]
print(x)
try:
    x | [("q", 1)]
except TypeError as e:
    print(type(e).__name__, e)
print({k: v for k, v in zip("cba", range(3))}, dict(sorted({"b": 1, "a": 2}.items())), dict(reversed(list({"x": 1, "y": 2}.items()))))
s = {}
for i in range(1000):
    s[i] = i
for i in range(999):
    del s[i]
s[-1] = -1
print(s, len(s))
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, list({"a": 1, "b": 2}) == list({"b": 2, "a": 1}))
words = "the quick brown the lazy dog the end quick".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
