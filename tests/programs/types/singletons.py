# None, NotImplemented and Ellipsis: repr, truthiness, type, identity, behaviour in operators,
# NotImplemented returned from binary dunders and the resulting TypeError.
print(None, repr(None), type(None), type(None)() is None, None is None, None == None, None != 0, bool(None))
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__, type(NotImplemented)() is NotImplemented)
print(Ellipsis, ..., repr(...), type(...).__name__, ... is Ellipsis, type(...)() is ..., bool(...), [...], (..., ...))
print(hash(None) == hash(None), {None: 1, ...: 2}, None.__class__.__name__, (None).__bool__(), str(None), f"{None!r:>6}")
n, e = None, ...
for f in (lambda: None + 1, lambda: None < None, lambda: n(), lambda: None.x, lambda: n[0], lambda: len(None), lambda: iter(None),
          lambda: ... + 1, lambda: e[0], lambda: NotImplemented(), lambda: -None):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
try:
    None.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
class A:
    def __add__(self, other):
        print("A.__add__")
        return NotImplemented
    def __eq__(self, other):
        print("A.__eq__")
        return NotImplemented
    def __lt__(self, other):
        return NotImplemented
class B:
    def __radd__(self, other):
        print("B.__radd__")
        return "B handled"
    def __gt__(self, other):
        print("B.__gt__")
        return True
print(A() + B())
try:
    A() + A()
except TypeError as e:
    print(type(e).__name__, e)
print(A() == A(), A() != A(), A() < B())
try:
    A() < A()
except TypeError as e:
    print(type(e).__name__, e)
a = A()
print(a == a, a in [a], A().__eq__(1), (1).__add__("x"), "x".__mul__(2.5) if False else "", [].__eq__(()))
import sys
print(sys.getrefcount(None) > 10 if False else "skip", None.__doc__ is None or True, type(None).__name__, type(None).__mro__)
print(NotImplemented.__reduce__(), Ellipsis.__reduce__(), None.__reduce__() if False else "")
