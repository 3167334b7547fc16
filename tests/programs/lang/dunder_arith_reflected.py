# Binary operator dispatch: __op__, __rop__, NotImplemented, subclass priority, in-place fallbacks.
class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return f"V{self.c}"
    def __add__(self, other):
        if isinstance(other, V):
            return V(*(a + b for a, b in zip(self.c, other.c)))
        if isinstance(other, (int, float)):
            return V(*(a + other for a in self.c))
        return NotImplemented
    def __radd__(self, other):
        print("  __radd__ with", repr(other))
        return self + other
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return V(*(a * k for a in self.c))
        return NotImplemented
    __rmul__ = __mul__
    def __neg__(self):
        return V(*(-a for a in self.c))
    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self.c, other.c))

a, b = V(1, 2), V(10, 20)
print(a + b, a + 1, 1 + a, a * 3, 3 * a, -a, a @ b)
print(sum([a, b, V(100, 200)]))
try:
    a + "s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    a - b
except TypeError as e:
    print(type(e).__name__, e)
try:
    "s" * a
except TypeError as e:
    print(type(e).__name__, e)

# a subclass that overrides the reflected method is tried first
class Base:
    def __add__(self, other):
        return "Base.__add__"
    def __radd__(self, other):
        return "Base.__radd__"
class Derived(Base):
    def __radd__(self, other):
        return "Derived.__radd__"
print(Base() + Derived(), Derived() + Base(), Base() + Base())

# in-place operators fall back to the binary ones
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __add__(self, x):
        return "binary add"
acc = Acc()
ref = acc
acc += 1
acc += 2
print(acc is ref, acc.items)
class OnlyAdd:
    def __add__(self, x):
        return "new object from __add__"
o = OnlyAdd()
o += 1
print(o)
class IaddNotImpl:
    def __iadd__(self, x):
        return NotImplemented
    def __radd__(self, x):
        return "fell back to __radd__"
x = 5
x += IaddNotImpl()
print(x)

# every operator and its reflected name
class Spy:
    def __getattr__(self, name):
        raise AttributeError(name)
ops = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor", "matmul"]
class All:
    pass
for op in ops:
    setattr(All, f"__{op}__", lambda self, o, op=op: f"{op}")
    setattr(All, f"__r{op}__", lambda self, o, op=op: f"r{op}")
t = All()
print([t + 1, t - 1, t * 1, t / 1, t // 1, t % 1, t ** 1, t << 1, t >> 1, t & 1, t | 1, t ^ 1, t @ 1])
print([1 + t, 1 - t, 1 * t, 1 / t, 1 // t, 1 % t, 1 ** t, 1 << t, 1 >> t, 1 & t, 1 | t, 1 ^ t, 1 @ t])
print(divmod(7, 2), pow(2, 5))
class DM:
    def __divmod__(self, o):
        return "divmod"
    def __rdivmod__(self, o):
        return "rdivmod"
    def __pow__(self, e, mod=None):
        return f"pow mod={mod}"
print(divmod(DM(), 1), divmod(1, DM()), pow(DM(), 2, 5), DM() ** 2)
