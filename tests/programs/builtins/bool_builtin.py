# bool(): the constructor over every core value, __bool__ and __len__ protocols (and their
# precedence), results are the two singletons, keyword/argument errors.
vals = [0, 1, -1, 0.0, -0.0, 1e-300, float("nan"), 0j, 1j, "", "0", " ", b"", b"\x00", bytearray(), [], [0], (), ((),), {}, {0: 0},
        set(), {0}, frozenset(), range(0), range(1), None, ..., NotImplemented if False else 1, object(), bool, print, 2 ** 100, -(2 ** 100)]
print([bool(v) for v in vals])
print(bool(), bool(True) is True, bool(0) is False, type(bool(1)).__name__, bool(bool), bool([]) is bool({}))
class B:
    def __init__(self, b, n):
        self.b, self.n = b, n
    def __bool__(self):
        print("__bool__", self.b)
        return self.b
    def __len__(self):
        print("__len__", self.n)
        return self.n
print(bool(B(True, 0)), bool(B(False, 5)))
class OnlyLen:
    def __len__(self):
        return 2
print(bool(OnlyLen()), not OnlyLen())
class BoolNone:
    __bool__ = None
for obj in (BoolNone(),):
    try:
        bool(obj)
    except TypeError as e:
        print(type(e).__name__, e)
class Ret:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
for v in (1, 0, None, "yes"):
    try:
        print(bool(Ret(v)))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    bool(x=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    bool(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(list(filter(bool, [0, 1, "", "a", None])), sum(map(bool, [0, 2, 3, 0])), [x for x in (0, 5) if x])
