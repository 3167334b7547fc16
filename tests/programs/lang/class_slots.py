# __slots__: no instance dict, fixed attributes, inheritance, defaults conflicts, __dict__ in slots.
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), Point.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
del p.x
try:
    p.x
except AttributeError as e:
    print(type(e).__name__, e)
p.x = 10
print(p.x)
print(type(Point.x).__name__)

class Point3(Point):
    __slots__ = ("z",)
p3 = Point3(1, 2)
p3.z = 3
print(p3.x, p3.y, p3.z, hasattr(p3, "__dict__"))

class NoSlots(Point):
    pass
ns = NoSlots(1, 2)
ns.anything = "allowed"
print(ns.anything, hasattr(ns, "__dict__"), vars(ns))

class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)

class SingleString:
    __slots__ = "only"
s = SingleString()
s.only = "one"
print(s.only, SingleString.__slots__)

try:
    class Conflict:
        __slots__ = ("v",)
        v = 5
except ValueError as e:
    print(type(e).__name__, e)

class Empty:
    __slots__ = ()
try:
    Empty().attr = 1
except AttributeError as e:
    print(type(e).__name__, e)

# slots and weak references
class NoWeak:
    __slots__ = ("a",)
print(hasattr(NoWeak(), "__weakref__"))

# name mangling in slots
class Private:
    __slots__ = ("__secret",)
    def __init__(self):
        self.__secret = "hidden"
    def reveal(self):
        return self.__secret
print(Private().reveal(), Private.__slots__, "_Private__secret" in dir(Private))

# class attribute access to slot descriptors
print(Point.x.__name__, Point.y.__objclass__.__name__)
try:
    Point.x.__get__(5)
except TypeError as e:
    print(type(e).__name__, e)

try:
    class BadSlot:
        __slots__ = (1,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class DictTwice:
        __slots__ = ("__dict__", "__dict__")
except TypeError as e:
    print(type(e).__name__, e)
