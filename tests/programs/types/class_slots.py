# __slots__: no __dict__, slot descriptors, unassigned slot errors, inheritance adding __dict__,
# __weakref__ absent, class attribute conflicts, and slots with defaults via class body.
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), type(Point.x).__name__, Point.__slots__, "__weakref__" in dir(p))
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
del p.y
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__, e)
p.y = 5
print(p.y)
class Point3(Point):
    __slots__ = ("z",)
q = Point3(1, 2)
q.z = 3
print(q.x, q.z, hasattr(q, "__dict__"))
class Loose(Point):
    pass
r = Loose(1, 2)
r.extra = "ok"
print(r.extra, r.__dict__, hasattr(r, "__dict__"))
try:
    class Conflict:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print(type(e).__name__, e)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)
class Single:
    __slots__ = "only"
s = Single()
s.only = "x"
print(s.only, Single.__slots__)
class Empty:
    __slots__ = ()
try:
    Empty().anything = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(Point.x.__name__, Point.x.__objclass__.__name__, Point.x.__get__(Point(7, 8)), type(Point.__dict__["y"]).__name__)
Point.x.__set__(p, 100)
print(p.x)
try:
    class BadSlot:
        __slots__ = ("1bad",)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class DictTwice(WithDict):
        __slots__ = ("__dict__",)
except TypeError as e:
    print(type(e).__name__, e)
class Private:
    __slots__ = ("__secret",)
    def __init__(self):
        self.__secret = 42
    def reveal(self):
        return self.__secret
print(Private().reveal(), Private.__slots__, sorted(k for k in Private.__dict__ if "secret" in k))
