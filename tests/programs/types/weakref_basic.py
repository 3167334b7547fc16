# weakref.ref: call, liveness, callbacks, hashing, equality, reuse of the basic ref
import _weakref
import gc

ref = _weakref.ref


class C:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"C({self.n})"

    def __eq__(self, other):
        return isinstance(other, C) and self.n == other.n

    def __hash__(self):
        return hash(self.n)


c = C(1)
r = ref(c)
print(r() is c, r() == C(1))
print(ref(c) is r, _weakref.getweakrefcount(c))
log = []
r2 = ref(c, lambda w: log.append(("r2", w is r2)))
r3 = ref(c, lambda w: log.append(("r3", w is r3)))
print(r2 is r, r2 == r, r2 is r3, _weakref.getweakrefcount(c))
print(len(_weakref.getweakrefs(c)), _weakref.getweakrefs(c)[0] is r)
print(hash(r) == hash(1), hash(r2) == hash(r))
print(c.__weakref__ is r)
print(r.__callback__, callable(r2.__callback__))
d = {r: "a"}
del c
print(log)
print(r(), r2(), r3())
print(r == r2, r != r2, r == r)
print(d[r])
try:
    hash(ref(C(2)))
except TypeError as e:
    print("TypeError:", e)

# cannot weakref these
for obj in (1, "s", (1,), [1], {}, None, 2.5, b"x"):
    try:
        ref(obj)
    except TypeError as e:
        print("TypeError:", e)

# these can be weakly referenced
def f():
    pass


class S:
    __slots__ = ("a",)


class SW:
    __slots__ = ("a", "__weakref__")


for obj in (f, C, set(), frozenset(), f.__code__, C(3).__repr__, len, gc):
    print(type(obj).__name__, ref(obj)() is obj)
try:
    ref(S())
except TypeError as e:
    print("TypeError:", e)
sw = SW()
print(ref(sw)() is sw)


class I(int):
    pass


try:
    ref(I(3))
except TypeError as e:
    print("TypeError:", e)

# arguments
try:
    ref()
except TypeError as e:
    print("TypeError:", e)
try:
    r(1)
except TypeError as e:
    print("TypeError:", e)
print(type(r), type(r).__name__, _weakref.ref is _weakref.ReferenceType)
