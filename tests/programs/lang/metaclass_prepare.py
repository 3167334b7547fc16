# __prepare__: the namespace a class body runs in, keyword arguments and class body order.
class RecordingNamespace(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print(f"__prepare__({name!r}, {[b.__name__ for b in bases]}, {kwargs})")
        return RecordingNamespace()
    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.definition_order = ns.order
        return cls
    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)

class Form(metaclass=Meta, flavor="strict"):
    zeta = 1
    alpha = 2
    def method(self):
        pass
    beta = 3
    zeta = 4
print(Form.definition_order, Form.zeta)

# a namespace that rejects duplicates
class NoDuplicates(dict):
    def __setitem__(self, key, value):
        if key in self and not key.startswith("__"):
            raise KeyError(f"duplicate definition of {key!r}")
        super().__setitem__(key, value)
class Strict(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return NoDuplicates()
try:
    class Twice(metaclass=Strict):
        a = 1
        a = 2
except KeyError as e:
    print(type(e).__name__, e)

# the namespace provides names for lookups in the class body
class Defaults(dict):
    def __missing__(self, key):
        if key.startswith("auto_"):
            return key[5:].upper()
        raise KeyError(key)
class AutoMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Defaults()
class Auto(metaclass=AutoMeta):
    value = auto_hello
print(Auto.value)

# __prepare__ must return a mapping
class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42
try:
    class Bad(metaclass=BadPrepare):
        pass
except TypeError as e:
    print(type(e).__name__, e)

print(type.__prepare__("X", ()), type(type.__prepare__()).__name__)

# class body names: __module__, __qualname__ are set first
class Inspect(metaclass=Meta):
    seen = sorted(k for k in locals() if k.startswith("__"))
print(Inspect.seen)

# __classcell__ reaches type.__new__ when super() is used
class UsesSuper(metaclass=Meta):
    def m(self):
        return super().__repr__ is not None
print(UsesSuper().m())
