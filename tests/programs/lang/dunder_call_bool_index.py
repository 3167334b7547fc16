# __call__, __bool__, __len__ as truth, __index__, __int__/__float__/__complex__, __abs__, __round__.
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, *, times=1):
        return x * self.k * times
m = Multiplier(3)
print(m(5), m(5, times=2), callable(m), callable(Multiplier), callable(5))
print(list(map(m, [1, 2, 3])))

class Truth:
    def __init__(self, value):
        self.value = value
    def __bool__(self):
        return self.value
class Sized:
    def __len__(self):
        return 0
class Neither:
    pass
print(bool(Truth(True)), bool(Truth(False)), bool(Sized()), bool(Neither()), not Sized())
print("yes" if Truth(False) else "no", [x for x in [Truth(True), Truth(False)] if x].__len__())

class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(Both()))

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
data = list(range(10))
print(data[Idx(3)], data[Idx(1):Idx(4)], bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print("ab" * Idx(3), range(Idx(4)), int(Idx(7)), [1, 2][Idx(-1)], (10).__pow__(Idx(2)))
try:
    data[Idx("x")]
except TypeError as e:
    print(type(e).__name__, e)
try:
    data[2.0]
except TypeError as e:
    print(type(e).__name__, e)

class Num:
    def __int__(self):
        return 42
    def __float__(self):
        return 2.5
    def __complex__(self):
        return 1j
    def __abs__(self):
        return "abs called"
    def __round__(self, ndigits=None):
        return f"round({ndigits})"
    def __neg__(self):
        return "neg"
    def __pos__(self):
        return "pos"
    def __invert__(self):
        return "invert"
n = Num()
print(int(n), float(n), complex(n), abs(n), round(n), round(n, 2), -n, +n, ~n)

class BadInt:
    def __int__(self):
        return "not an int"
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
class IndexOnly:
    def __index__(self):
        return 7
print(int(IndexOnly()), float(IndexOnly()) if False else "skip")
try:
    float(object())
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs("x")
except TypeError as e:
    print(type(e).__name__, e)

class CallableClassAttr:
    __call__ = lambda self: "lambda as __call__"
print(CallableClassAttr()())
inst = Neither()
inst.__call__ = lambda: "instance attribute"
try:
    inst()
except TypeError as e:
    print(type(e).__name__, e)
