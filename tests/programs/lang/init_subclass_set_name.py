# __init_subclass__ and __set_name__: hooks run at class creation, keyword arguments, ordering.
log = []

class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        Plugin.registry[key] = cls
        log.append(f"registered {key}")

class Json(Plugin):
    pass
class Yaml(Plugin, name="yml"):
    pass
class StrictJson(Json):
    pass
print(log, sorted(Plugin.registry)); log.clear()

try:
    class Unknown(Plugin, colour="red"):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# __init_subclass__ is implicitly a classmethod
print(type(Plugin.__dict__["__init_subclass__"]).__name__)

# __set_name__ runs before __init_subclass__
class Field:
    def __set_name__(self, owner, name):
        log.append(f"__set_name__ {owner.__name__}.{name}")
        self.name = name
class Base:
    def __init_subclass__(cls, **kwargs):
        log.append(f"__init_subclass__ {cls.__name__}")
        cls.fields = [k for k, v in vars(cls).items() if isinstance(v, Field)]
class Record(Base):
    a = Field()
    b = Field()
print(log, Record.fields); log.clear()

# default object.__init_subclass__ rejects keyword arguments
try:
    class Plain(object, flag=True):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# enforcing an interface at subclass creation
class Shape:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if "area" not in cls.__dict__:
            raise TypeError(f"{cls.__name__} must define area()")
class Square(Shape):
    def area(self):
        return 4
try:
    class Blob(Shape):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(Square().area())

# __set_name__ on objects in a type() call and in the namespace only
class Named:
    def __set_name__(self, owner, name):
        self.where = f"{owner.__name__}.{name}"
n = Named()
T = type("T", (), {"attr": n})
print(n.where)
same = Named()
class TwoNames:
    first = same
    second = same
print(same.where)

# __init_subclass__ of every base in the MRO chain via super()
class Root:
    def __init_subclass__(cls, **kw):
        log.append(f"Root hook for {cls.__name__}")
        super().__init_subclass__(**kw)
class Mixin:
    def __init_subclass__(cls, **kw):
        log.append(f"Mixin hook for {cls.__name__}")
        super().__init_subclass__(**kw)
class Combined(Mixin, Root):
    pass
print(log)
