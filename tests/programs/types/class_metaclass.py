# Metaclasses: __new__/__init__/__call__ of a metaclass, __prepare__ returning a custom namespace,
# class keyword arguments, metaclass inheritance and conflicts, and type(cls) relations.
class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns, **kw):
        print("Registry.__new__", name, sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Registry.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kw):
        print("Registry.__call__", cls.__name__, args)
        return super().__call__(*args, **kw)
class Plugin(metaclass=Registry):
    def __init__(self, v=0):
        self.v = v
class Audio(Plugin, flavor="loud"):
    volume = 11
a = Audio(5)
print(a.v, Registry.classes, type(Audio).__name__, isinstance(Audio, Registry), type(a).__name__)
class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        ns = {}
        ns["prepared"] = True
        return ns
    def __new__(mcls, name, bases, ns, **kw):
        print("Ordered.__new__", name, type(ns).__name__, [k for k in ns if not k.startswith("__")])
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class WithPrep(metaclass=Ordered, option=1):
    x = 1
    y = 2
try:
    WithPrep.prepared
    print(WithPrep.prepared, WithPrep.x)
except AttributeError as e:
    print(type(e).__name__, e)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class Config(metaclass=Singleton):
    def __init__(self):
        print("Config init")
print(Config() is Config(), Config() is Config())
class M1(type):
    pass
class M2(type):
    pass
class A1(metaclass=M1):
    pass
class A2(metaclass=M2):
    pass
try:
    class Both(A1, A2):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class M3(M1):
    pass
class A3(metaclass=M3):
    pass
class Mixed(A1, A3):
    pass
print(type(Mixed).__name__)
class Meta(type):
    def __repr__(cls):
        return "<Meta class %s>" % cls.__name__
    @property
    def upper_name(cls):
        return cls.__name__.upper()
    def cls_method(cls):
        return "meta method on " + cls.__name__
class Shown(metaclass=Meta):
    pass
print(Shown, repr(Shown), Shown.upper_name, Shown.cls_method(), hasattr(Shown(), "cls_method"))
try:
    class Bad(metaclass=5):
        pass
except TypeError as e:
    print(type(e).__name__, e)
def func_meta(name, bases, ns):
    return "not a class: " + name
class Weird(metaclass=func_meta):
    pass
print(Weird)
try:
    class K(kwarg=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(type(type), type.__class__, Registry.__mro__, isinstance(Registry, type))
