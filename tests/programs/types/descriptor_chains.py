# Chaining of built-in descriptors: classmethod wrapping property (allowed in 3.11), staticmethod
# in class bodies called directly (3.10+), property overriding in subclasses, and __get__ called
# manually on functions, classmethods and staticmethods.
class Config:
    _name = "config"
    @classmethod
    @property
    def name(cls):
        return cls._name.upper() + " of " + cls.__name__
class Sub(Config):
    _name = "sub"
print(Config.name, Sub.name, Sub().name)
class Tools:
    @staticmethod
    def helper(x):
        return x * 2
    table = [helper(i) for i in range(3)] if False else None
    direct = helper(21)
print(Tools.direct, Tools.helper(5), Tools().helper(6), callable(Tools.__dict__["helper"]))
class Base:
    @property
    def value(self):
        return "base"
class Override(Base):
    @property
    def value(self):
        return "override+" + super().value
class Extend(Base):
    @Base.value.getter
    def value(self):
        return "extended getter"
print(Base().value, Override().value, Extend().value, type(Extend.__dict__["value"]).__name__)
def func(self, x):
    return (type(self).__name__, x)
bound = func.__get__(Base())
print(bound(1), func.__get__(None, Base) is func, type(bound).__name__)
cm = classmethod(lambda cls, x: (cls.__name__, x))
print(cm.__get__(None, Base)(2), cm.__get__(Base(), Base)(3), cm.__get__(Override())(4) if False else "")
sm = staticmethod(lambda x: x + 1)
print(sm.__get__(None, Base)(9), sm.__get__(Base())(10), sm(11))
p = property(lambda self: "got")
print(p.__get__(Base(), Base), p.__get__(None, Base) is p)
try:
    p.__set__(Base(), 1)
except AttributeError as e:
    print(type(e).__name__, e)
class Wrap:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, typ=None):
        return ("Wrap.__get__", obj is None, self.f.__name__)
class UsesWrap:
    @classmethod
    @Wrap
    def meth(cls):
        pass
print(UsesWrap.meth)
print(staticmethod(len).__wrapped__ is len, classmethod(func).__wrapped__ is func, staticmethod(func).__name__, classmethod(func).__doc__)
