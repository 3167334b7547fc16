# dict methods: get/setdefault/pop/popitem/update/fromkeys/copy/clear/keys/values/items, and errors.
def err(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("ok", repr(r))

d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 99), d.setdefault("n"), d)
print(d.pop("n"), d.pop("zz", "dflt"), d.popitem(), d, len(d))
d.update({"x": 10}, y=20)
d.update([("z", 30), ["w", 40]])
d.update(a=100)
d.update({})
d.update()
print(d)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), []), dict.fromkeys(()))
shared = dict.fromkeys("ab", [])
shared["a"].append(1)
print(shared)
c = d.copy()
c["a"] = -1
print(d["a"], c["a"], c is not d, d.clear(), d, c)
err({}.pop, "k")
err({}.popitem)
err({}.update, [1])
err({}.update, [("a", 1, 2)])
err({}.update, 5)
err({}.update, {}, {})
err(dict.fromkeys)
err({}.get)
err({}.setdefault)
err({}.__getitem__, "missing")
err({}.__getitem__, [])
err({}.__setitem__, {}, 1)
err({"a": 1}.__delitem__, "b")
err(dict, [1, 2])
err(dict, [(1, 2, 3)])
err(dict, 1)
print(dict(), dict(a=1), dict([(1, 2)]), dict({"k": "v"}, k2="v2"), dict(zip("ab", (1, 2))), dict(dict(a=1)), dict([("a", 1), ("a", 2)]))
class Keys:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, k):
        return k.upper()
print(dict(Keys()), {**Keys()} if False else "", dict.fromkeys(Keys().keys(), 1))
e = {}
e.update(Keys())
print(e)
class Miss(dict):
    def __missing__(self, key):
        return "missing:" + repr(key)
m = Miss(a=1)
print(m["a"], m["b"], m.get("b"), "b" in m, len(m))
print(d.keys(), c.values(), c.items(), list(c), list(c.keys()), list(reversed(c)), list(reversed(c.items())))
print(len(c), "a" in c, "zz" in c, 1 in c.values(), ("a", -1) in c.items(), ("a", 0) in c.items(), c == dict(c), c != {})
print({1: "a"} == {1.0: "a"}, {1: "a"} == {True: "a"}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, {} == [], {}.__eq__([]))
print(dict.__mro__, type({}).__name__, {}.__class__, dict.__name__, len({None: 1, (): 2, 0: 3, "": 4, frozenset(): 5}))
for k in ({}, [], set()):
    err(lambda: {k: 1})
