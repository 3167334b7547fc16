# Subclasses of builtins under operators: result types, overridden dunders, reflected priority, methods returning base types.
class MyInt(int):
    def __repr__(self):
        return f"MyInt({int(self)})"
a = MyInt(5)
print(a, a + 1, type(a + 1).__name__, type(-a).__name__, type(a * a).__name__, type(abs(a)).__name__)
print(a == 5, hash(a) == hash(5), isinstance(a, int), int(a).__class__.__name__, {a: "x"}[5])

class Money(int):
    def __add__(self, other):
        return Money(int(self) + int(other))
    __radd__ = __add__
    def __repr__(self):
        return f"${int(self)}"
print(Money(3) + 4, 4 + Money(3), sum([Money(1), Money(2)], Money(0)), type(Money(1) - 1).__name__)

class Path(str):
    def __truediv__(self, other):
        return Path(self.rstrip("/") + "/" + other)
    def __repr__(self):
        return f"Path({str(self)!r})"
p = Path("/usr") / "local" / "bin"
print(p, repr(p), type(p.upper()).__name__, type(p + "x").__name__, type(p[1:]).__name__, p.startswith("/usr"))

class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def __add__(self, other):
        return Stack(list.__add__(self, other))
s = Stack([1]).push(2).push(3)
print(s, type(s + [4]).__name__, type(s * 2).__name__, type(s[:1]).__name__, type(s.copy()).__name__)

class CaseDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.lower())
cd = CaseDict()
cd["Name"] = "x"
print(cd["NAME"], cd, "name" in cd, cd.get("NAME"))
cd2 = CaseDict(Key="not lowered by the constructor")
print(cd2, type(cd | {"a": 1}).__name__)

class Reverse(float):
    def __lt__(self, other):
        return float(self) > float(other)
print(sorted([Reverse(1.5), Reverse(3.0), Reverse(2.0)]), Reverse(1.0) < 2.0, 2.0 > Reverse(1.0))

class Flag(int):
    def __bool__(self):
        return False
print(bool(Flag(1)), "truthy" if Flag(5) else "falsy", Flag(5) + 0)

class Tup(tuple):
    def __getitem__(self, i):
        return ("wrapped", super().__getitem__(i))
t = Tup((1, 2))
print(t[0], list(t), tuple(t), t == (1, 2), len(t))
x, y = t
print(x, y)
