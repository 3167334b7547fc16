# dict repr (recursive, nested, str keys with quotes), user-defined keys with __hash__/__eq__,
# hash collisions, unhashable keys, and dict subclasses overriding __getitem__/__setitem__.
d = {"q'uote": 'd"q', 1: [1, 2], (1, 2): {"n": None}, None: ..., 2.5: True}
print(d)
print(repr({}), str({1: {}}), repr({"a": {"b": {"c": {}}}}))
r = {}
r["self"] = r
r["list"] = [r]
print(r)
class Key:
    def __init__(self, name, h):
        self.name, self.h = name, h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        print("eq", self.name, other.name)
        return isinstance(other, Key) and self.name == other.name
    def __repr__(self):
        return "Key(%s)" % self.name
a, b, c = Key("a", 1), Key("b", 1), Key("a", 1)
m = {a: 1}
m[b] = 2
print(m, len(m))
m[c] = 3
print(m, m[a], m.get(Key("b", 1)), Key("z", 1) in m)
class Unhash:
    __hash__ = None
try:
    {Unhash(): 1}
except TypeError as e:
    print(type(e).__name__, e)
class BadHash:
    def __hash__(self):
        return "no"
try:
    {BadHash(): 1}
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()), {BigHash(): 1}.popitem()[1])
class Raise:
    def __hash__(self):
        raise ValueError("hash failed")
try:
    {}[Raise()] = 1
except ValueError as e:
    print(type(e).__name__, e)
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.upper())
u = Upper()
u["a"] = 1
print(u, u["A"], u["a"], u.get("a"), dict(u), "A" in u)
u.update(b=2)
print(u)
class Counter(dict):
    def __missing__(self, k):
        self[k] = 0
        return 0
cnt = Counter()
for ch in "mississippi":
    cnt[ch] += 1
print(cnt, type(cnt).__name__, isinstance(cnt, dict), repr(Counter(a=1)))
print(hash(1) == hash(1.0) == hash(True), hash(2 ** 61 - 1), hash(-2), hash(-1))
print({-1: "a", -2: "b"}, {2 ** 61 - 1: "x", 0: "y"}, {-1: 1}[-1])
