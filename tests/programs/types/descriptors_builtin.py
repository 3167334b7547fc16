# property, classmethod and staticmethod: getters/setters/deleters, docs, errors for read-only
# properties, chaining .setter, classmethods on subclasses, and access through class and instance.
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "Temperature in C."
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @classmethod
    def make(cls, v):
        t = cls()
        t.celsius = v
        return t
    @staticmethod
    def convert(c):
        return c * 9 / 5 + 32
t = Temp()
t.celsius = 25
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__, type(Temp.celsius).__name__, Temp.fahrenheit.__doc__)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
del t.celsius
print(t.celsius)
class Sub(Temp):
    pass
s = Sub.make(100)
print(type(s).__name__, s.celsius, Sub.convert(0), s.convert(100), Temp.make(5).fahrenheit)
print(type(Temp.__dict__["make"]).__name__, type(Temp.__dict__["convert"]).__name__, type(Temp.make).__name__, type(Temp.convert).__name__)
print(Temp.make.__self__ is Temp, Sub.make.__self__ is Sub, s.make.__self__ is Sub, Temp.__dict__["convert"].__func__ is Temp.convert)
p = property(lambda self: 1)
print(p.fget is not None, p.fset, p.fdel, p.__doc__, property().fget)
def getx(self):
    "getx doc"
    return 7
q = property(getx)
print(q.__doc__, property(getx, doc="explicit").__doc__)
class Bare:
    x = property()
    y = property(lambda self: 1)
try:
    Bare().x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Bare().y = 5
except AttributeError as e:
    print(type(e).__name__, e)
class P2:
    def _get(self):
        return self._v
    def _set(self, v):
        self._v = v * 2
    v = property(_get, _set, None, "v doc")
o = P2()
o.v = 4
print(o.v, P2.v.__doc__, P2.v.fget.__name__, P2.v.fset.__name__)
class WithCM:
    count = 0
    @classmethod
    def bump(cls):
        cls.count += 1
        return cls.count
class Child(WithCM):
    pass
print(WithCM.bump(), Child.bump(), Child.bump(), WithCM.count, Child.count)
sm = staticmethod(len)
cm = classmethod(lambda cls: cls.__name__)
class Use:
    size = sm
    name = cm
print(Use.size("abc"), Use().size([1]), Use.name(), Use().name(), sm.__func__ is len, callable(sm))
print(isinstance(Temp.celsius, property), Temp.celsius.getter(lambda s: "new").fget(None), Temp.celsius.setter(None).fget is Temp.celsius.fget)
