# dict() constructor forms: kwargs, mapping, iterable of pairs, mapping + kwargs, keys() protocol,
# duplicate keys, dict subclass results, and the construction errors.
def err(*a, **k):
    try:
        print("ok", dict(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)

print(dict(), dict(a=1, b=2), dict({"x": 1}), dict([("k", "v"), ("k2", "v2")]), dict((("t", 1),)), dict({1: 2}, three=3))
print(dict(zip("abc", range(3))), dict([["list", "pair"]]), dict(["ab", "cd"]), dict([(1, 2), (1, 3)]), dict({"a": 1}, a=2))
print(dict(enumerate("xy")), dict(map(lambda s: (s, len(s)), ["aa", "b"])), dict(iter([(0, 0)])), dict(dict(a=1).items()))
class KeysOnly:
    def keys(self):
        return iter(["p", "q"])
    def __getitem__(self, k):
        return k * 3
print(dict(KeysOnly()), dict(KeysOnly(), r=1))
err([1])
err([(1,)])
err([(1, 2, 3)])
err(["abc"])
err(5)
err(None)
err({}, {})
err([([], 1)])
err({"a": 1}, **{"a": 2})
err(**{"1": 1})
class D(dict):
    pass
d = D(a=1)
print(type(d).__name__, d, type(d.copy()).__name__, type(dict(d)).__name__, dict(d) == d, D.fromkeys("ab").__class__.__name__)
print(dict.fromkeys("aba", 0), dict.fromkeys(range(3)), {}.fromkeys(["x"], []))
print(dict(a=1) == {"a": 1}, dict(**{"k": 1}), dict([("a", 1)], **{"b": 2}))
