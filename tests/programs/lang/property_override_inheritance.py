# Properties across inheritance: overriding with attributes, extending setters, abstract-like properties, class access.
class Base:
    def __init__(self):
        self._size = 1
    @property
    def size(self):
        return self._size
    @size.setter
    def size(self, v):
        self._size = v
    @property
    def kind(self):
        return "base"

class Doubling(Base):
    @Base.size.setter
    def size(self, v):
        Base.size.fset(self, v * 2)

class Plain(Base):
    kind = "plain class attribute"

class ReadOnlySize(Base):
    @property
    def size(self):
        return super().size + 1000

d = Doubling()
d.size = 5
print(d.size, type(Doubling.__dict__["size"]).__name__, Doubling.size.fget is Base.size.fget)
print(Plain().kind, Base().kind)
r = ReadOnlySize()
print(r.size)
try:
    r.size = 3
except AttributeError as e:
    print(type(e).__name__, e)

# a subclass instance attribute cannot shadow a property (data descriptor)
p = Base()
try:
    p.kind = "instance"
except AttributeError as e:
    print(type(e).__name__, e)
p.__dict__["kind"] = "in the dict"
print(p.kind)

# property calling an overridable method (template method pattern)
class Shape:
    @property
    def area(self):
        return self.compute_area()
    def compute_area(self):
        raise NotImplementedError
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def compute_area(self):
        return round(3.14159 * self.r ** 2, 3)
print(Circle(2).area)
try:
    Shape().area
except NotImplementedError as e:
    print(type(e).__name__, repr(e))

# deleting and re-adding a property on the class
class Dyn:
    pass
Dyn.value = property(lambda self: "dynamic property")
print(Dyn().value)
del Dyn.value
print(hasattr(Dyn(), "value"))

# a property defined with a lambda and a docstring, read through the class
class Doc:
    x = property(lambda self: 1, doc="the x value")
print(Doc.x.__doc__, Doc().x, isinstance(Doc.x, property))

# getter/setter/deleter chaining returns new property objects
base = property(lambda s: 1)
with_setter = base.setter(lambda s, v: None)
print(base is with_setter, base.fset, with_setter.fset is not None)
