# property: getter, setter, deleter, read-only errors, inheritance and overriding, docstrings.
class Temperature:
    def __init__(self, celsius):
        self._celsius = celsius

    @property
    def celsius(self):
        """Temperature in degrees Celsius."""
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._celsius = value

    @celsius.deleter
    def celsius(self):
        print("  deleting celsius")
        del self._celsius

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 0
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print(type(e).__name__, e)

prop = Temperature.__dict__["celsius"]
print(type(prop).__name__, prop.__doc__, prop.fget.__name__, prop.fset.__name__, prop.fdel.__name__)
print(Temperature.fahrenheit.fset, Temperature.celsius is prop)

# property() called directly
class Point:
    def __init__(self):
        self._x = 0
    def get_x(self):
        return self._x
    def set_x(self, v):
        self._x = v
    x = property(get_x, set_x, None, "the x coordinate")
p = Point()
p.x = 5
print(p.x, Point.x.__doc__)

# properties take priority over the instance dict (data descriptors)
p.__dict__["x"] = "in the dict"
print(p.x)

# read-only property without a setter, shadowing attempts
class ReadOnly:
    @property
    def value(self):
        return 42
r = ReadOnly()
try:
    r.value = 1
except AttributeError as e:
    print(type(e).__name__, e)

# overriding a property in a subclass, extending the getter
class Base:
    @property
    def name(self):
        return "base"
class Derived(Base):
    @Base.name.getter
    def name(self):
        return "derived from " + super().name
print(Derived().name, Base().name)

# a property whose getter raises AttributeError falls back to __getattr__
class Fallback:
    @property
    def broken(self):
        raise AttributeError("inner problem")
    def __getattr__(self, name):
        return f"__getattr__({name})"
print(Fallback().broken)

# lazily computed and cached value
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def data(self):
        if not hasattr(self, "_data"):
            self.computed += 1
            self._data = [1, 2, 3]
        return self._data
lz = Lazy()
lz.data; lz.data
print(lz.data, lz.computed)

class NoGetter:
    value = property(None, lambda self, v: None)
try:
    NoGetter().value
except AttributeError as e:
    print(type(e).__name__, e)
