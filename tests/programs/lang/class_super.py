# super(): zero-argument form, cooperative multiple inheritance, explicit form, in classmethods.
class Base:
    def __init__(self):
        self.log = ["Base.__init__"]
    def hello(self):
        return "Base.hello"
class Child(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Child.__init__")
    def hello(self):
        return "Child+" + super().hello()
c = Child()
print(c.log, c.hello())

# cooperative diamond: each class calls super() once
class Root:
    def chain(self):
        return ["Root"]
class Left(Root):
    def chain(self):
        return ["Left"] + super().chain()
class Right(Root):
    def chain(self):
        return ["Right"] + super().chain()
class Bottom(Left, Right):
    def chain(self):
        return ["Bottom"] + super().chain()
print(Bottom().chain())

# keyword arguments through a cooperative __init__
class Shape:
    def __init__(self, **kwargs):
        self.extra = kwargs
class Colored(Shape):
    def __init__(self, color="black", **kwargs):
        self.color = color
        super().__init__(**kwargs)
class Sized(Shape):
    def __init__(self, size=1, **kwargs):
        self.size = size
        super().__init__(**kwargs)
class Widget(Colored, Sized):
    pass
w = Widget(color="red", size=3, name="w")
print(w.color, w.size, w.extra)

# explicit two-argument form, skipping a class
print(super(Left, Bottom()).chain())
print(super(Bottom, Bottom()).chain())

# super in classmethods and staticmethods
class CBase:
    @classmethod
    def create(cls):
        return f"created {cls.__name__}"
class CChild(CBase):
    @classmethod
    def create(cls):
        return "child: " + super().create()
print(CChild.create())

# super() with properties
class P:
    @property
    def name(self):
        return "P.name"
class Q(P):
    @property
    def name(self):
        return "Q+" + super().name
print(Q().name)

# super object attributes
s = super(Child, c)
print(type(s).__name__, s.__thisclass__.__name__, s.__self__ is c, s.__self_class__.__name__)

# errors
def no_class():
    return super()
try:
    no_class()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    super(Child, 5)
except TypeError as e:
    print(type(e).__name__, e)
class Dead(Base):
    def missing(self):
        return super().nothing_here
try:
    Dead().missing()
except AttributeError as e:
    print(type(e).__name__, e)

# __class__ cell
class Cell:
    def which(self):
        return __class__.__name__
class Sub(Cell):
    pass
print(Sub().which(), Cell.which.__code__.co_freevars)

# super() in a nested function needs the enclosing method's arguments
class Outer(Base):
    def method(self):
        def inner():
            return super(Outer, self).hello()
        return inner()
print(Outer().method())
