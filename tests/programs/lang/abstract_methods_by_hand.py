# Abstract base classes without the abc module: NotImplementedError, checks in __init_subclass__ and __new__.
class Shape:
    abstract = {"area", "perimeter"}
    def __new__(cls, *args, **kwargs):
        missing = sorted(name for name in Shape.abstract if getattr(cls, name) is getattr(Shape, name))
        if missing:
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract methods {', '.join(missing)}")
        return super().__new__(cls)
    def area(self):
        raise NotImplementedError
    def perimeter(self):
        raise NotImplementedError
    def describe(self):
        return f"{type(self).__name__}: area={self.area():.2f} perimeter={self.perimeter():.2f}"

class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)

class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)

class HalfDone(Shape):
    def area(self):
        return 0

for make in [lambda: Rect(2, 3), lambda: Square(4), lambda: Shape(), lambda: HalfDone()]:
    try:
        print(make().describe())
    except TypeError as e:
        print(type(e).__name__, e)

# NotImplementedError from a method the subclass forgot
class Animal:
    def speak(self):
        raise NotImplementedError(f"{type(self).__name__} must implement speak()")
class Dog(Animal):
    def speak(self):
        return "woof"
class Fish(Animal):
    pass
for a in (Dog(), Fish()):
    try:
        print(a.speak())
    except NotImplementedError as e:
        print(type(e).__name__, e, issubclass(NotImplementedError, RuntimeError))

# NotImplemented (the constant) is different from NotImplementedError
print(type(NotImplemented).__name__, bool is not type(NotImplemented), repr(NotImplemented))

# an interface checked when the subclass is defined
class Plugin:
    required = ("load", "run")
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        missing = [m for m in cls.required if not callable(getattr(cls, m, None))]
        if missing:
            raise TypeError(f"{cls.__name__} is missing {missing}")
class Good(Plugin):
    def load(self):
        return "loaded"
    def run(self):
        return "ran"
print(Good().load(), Good().run())
try:
    class Bad(Plugin):
        load = "not callable"
except TypeError as e:
    print(type(e).__name__, e)

# registering virtual subclasses by hand with __instancecheck__ / __subclasscheck__
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        return all(hasattr(obj, m) for m in cls.methods)
    def __subclasscheck__(cls, sub):
        return all(hasattr(sub, m) for m in cls.methods)
class Quacker(metaclass=DuckMeta):
    methods = ("quack",)
class Duck:
    def quack(self):
        return "quack"
class Robot:
    pass
print(isinstance(Duck(), Quacker), isinstance(Robot(), Quacker), issubclass(Duck, Quacker), issubclass(Robot, Quacker))
