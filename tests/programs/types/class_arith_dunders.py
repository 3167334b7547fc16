# User classes implementing the numeric protocol: binary ops, reflected ops (and when they are
# tried first: subclass of the right operand), in-place ops with fallback, unary ops, __index__,
# and the TypeErrors when everything returns NotImplemented.
class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return "V" + repr(self.c)
    def _zip(self, o, f):
        if isinstance(o, V):
            return V(*[f(a, b) for a, b in zip(self.c, o.c)])
        if isinstance(o, (int, float)):
            return V(*[f(a, o) for a in self.c])
        return NotImplemented
    def __add__(self, o):
        return self._zip(o, lambda a, b: a + b)
    def __radd__(self, o):
        print("radd", o)
        return self._zip(o, lambda a, b: b + a)
    def __sub__(self, o):
        return self._zip(o, lambda a, b: a - b)
    def __rsub__(self, o):
        return self._zip(o, lambda a, b: b - a)
    def __mul__(self, o):
        return self._zip(o, lambda a, b: a * b)
    __rmul__ = __mul__
    def __truediv__(self, o):
        return self._zip(o, lambda a, b: a / b)
    def __floordiv__(self, o):
        return self._zip(o, lambda a, b: a // b)
    def __mod__(self, o):
        return self._zip(o, lambda a, b: a % b)
    def __pow__(self, o, mod=None):
        return V(*[pow(a, o, mod) for a in self.c])
    def __rpow__(self, o):
        return V(*[o ** a for a in self.c])
    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.c, o.c))
    def __neg__(self):
        return V(*[-a for a in self.c])
    def __pos__(self):
        return self
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __invert__(self):
        return V(*reversed(self.c))
    def __lshift__(self, n):
        return V(*(self.c[n:] + self.c[:n]))
    def __and__(self, o):
        return "and"
    def __or__(self, o):
        return "or"
    def __xor__(self, o):
        return "xor"
    def __rshift__(self, o):
        return "rshift"
    def __divmod__(self, o):
        return (self // o, self % o)
a, b = V(1, 2), V(3, 4)
print(a + b, a - b, a * b, a * 2, 2 * a, 1 + a, 10 - a, a / 2, b // 2, b % 3, a ** 2, pow(a, 3, 5), 2 ** a, a @ b)
print(-a, +a is a, abs(V(3, 4)), ~a, V(1, 2, 3) << 1, a & b, a | b, a ^ b, a >> 1, divmod(b, 2))
x = a
x += b
print(x, a, x is a)
x *= 3
print(x)
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __repr__(self):
        return "Acc%r" % self.items
acc = Acc()
same = acc
acc += 1
acc += "two"
print(acc, same is acc)
for f in (lambda: a + "s", lambda: "s" + a, lambda: a @ 1, lambda: a < b, lambda: 1 @ a, lambda: a.__iadd__):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class Base:
    def __add__(self, o):
        return "Base.add"
    def __radd__(self, o):
        return "Base.radd"
class Derived(Base):
    def __radd__(self, o):
        return "Derived.radd"
print(Base() + Derived(), Derived() + Base(), Base() + Base())
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print([10, 20, 30][Idx(1)], "abc"[Idx(-1)], bin(Idx(5)), hex(Idx(255)), oct(Idx(8)), range(Idx(3)), (2).__pow__(Idx(3)) if False else "", [0] * Idx(3))
