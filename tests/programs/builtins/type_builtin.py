# type(): one-argument form for every core value, three-argument class creation (bases, dict with
# methods, __module__/__qualname__/__doc__ entries, __slots__), and the errors.
vals = [1, True, 1.5, 1j, "s", b"b", bytearray(), [], (), {}, set(), frozenset(), range(1), slice(1), None, ..., NotImplemented,
        len, [].append, int, type, object(), iter([]), (x for x in []), lambda: 0, memoryview(b"")]
print([type(v).__name__ for v in vals])
print(type(type), type(object), type(int), type(5) is int, type(True) is bool, type(type(5)) is type)
def init(self, v):
    self.v = v
Point = type("Point", (), {"__init__": init, "double": lambda self: self.v * 2, "kind": "pt", "__doc__": "a point"})
p = Point(21)
print(Point.__name__, Point.__qualname__, Point.__module__, Point.__doc__, p.double(), p.kind, type(p).__name__, type(p) is Point)
Sub = type("Sub", (Point,), {"double": lambda self: "sub " + str(Point.double(self))})
print(Sub(4).double(), Sub.__mro__, issubclass(Sub, Point), Sub.__bases__)
Q = type("Q", (), {"__qualname__": "Outer.Q", "__module__": "somewhere", "__slots__": ("a",)})
q = Q()
q.a = 1
print(Q.__qualname__, Q.__module__, q.a, hasattr(q, "__dict__"))
Multi = type("Multi", (int, object), {})
print(Multi(5) + 1, type(Multi(5)).__name__, Multi.__mro__)
for args in ((), (1, 2), ("X", (), {}, 4), (5, (), {}), ("X", 5, {}), ("X", (5,), {}), ("X", (), 5), ("X", (bool,), {}), ("X", (int, str), {})):
    try:
        print(type(*args))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    type("X", (), {}, extra=1)
except TypeError as e:
    print(type(e).__name__, e)
print(type("", (), {}).__name__ == "", type("Name with space", (), {}).__name__, type("E", (Exception,), {})("msg"))
