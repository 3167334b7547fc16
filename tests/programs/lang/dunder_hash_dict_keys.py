# User objects as dict keys and set members: hash/eq protocol, collisions, mutation after insertion, NaN-like keys.
log = []
class Key:
    def __init__(self, name, h):
        self.name, self.h = name, h
    def __hash__(self):
        log.append(f"hash {self.name}")
        return self.h
    def __eq__(self, other):
        log.append(f"eq {self.name}=={other.name}")
        return isinstance(other, Key) and self.name == other.name
    def __repr__(self):
        return f"Key({self.name})"

d = {}
d[Key("a", 1)] = "first"
d[Key("b", 1)] = "collides with a"
print(log); log.clear()
print(d[Key("b", 1)], log); log.clear()
print(Key("c", 1) in d, log); log.clear()
print(Key("a", 2) in d, log); log.clear()

# identity short-circuits equality
k = Key("same", 5)
s = {k}
log.clear()
print(k in s, log); log.clear()

# mutating a key after insertion makes it unreachable by equality
class Mutable:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, Mutable) and self.v == other.v
    def __repr__(self):
        return f"M({self.v})"
m = Mutable(1)
table = {m: "value"}
m.v = 2
print(Mutable(1) in table, Mutable(2) in table, m in table, list(table))

# keys that are never equal to themselves are still found by identity
nan = float("nan")
nd = {nan: "nan key"}
print(nd[nan], float("nan") in nd, len({nan, nan}), len({float("nan"), float("nan")}))

# equal and same-hash keys of different types share a slot
mixed = {1: "int", 1.0: "float", True: "bool"}
print(mixed, {0: "zero", False: "false", 0.0: "zf"})

# hash() of a user object must be an int; big results are reduced
class Big:
    def __hash__(self):
        return 2 ** 80
print(hash(Big()) == hash(2 ** 80), isinstance(hash(Big()), int))
class NegOne:
    def __hash__(self):
        return -1
print(hash(NegOne()))
class Unhashable:
    __hash__ = None
for container in ("dict", "set"):
    try:
        {Unhashable(): 1} if container == "dict" else {Unhashable()}
    except TypeError as e:
        print(container, type(e).__name__, e)
