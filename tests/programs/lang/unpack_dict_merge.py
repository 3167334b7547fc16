# Dict displays with ** unpacking, key order, and the | operator.
base = {"a": 1, "b": 2}
extra = {"b": 20, "c": 30}
print({**base, **extra})
print({**extra, **base})
print({"z": 0, **base, "a": 100})
print({**{}, **{}})
print(base | extra)
merged = dict(base)
merged |= extra
print(merged)
merged |= [("d", 4)]
print(merged)

try:
    print({**[1, 2]})
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(base | [("x", 1)])
except TypeError as e:
    print(type(e).__name__, e)

class Mapping:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, key):
        return key.upper()
print({**Mapping()})
print(dict(Mapping()))

def f(**kw):
    return kw
print(f(**base, **{"c": 3}))
try:
    f(**base, **{"a": 3})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)

# later duplicates win, but the first key's position is kept
d = {"x": 1, "y": 2, "x": 3}
print(d, list(d))
d = {1: "int", 1.0: "float", True: "bool"}
print(d)
