# Metaclasses: type(name, bases, ns), custom metaclasses with __new__/__init__/__call__, inheritance.
Dynamic = type("Dynamic", (object,), {"x": 1, "double": lambda self: self.x * 2})
d = Dynamic()
print(Dynamic.__name__, d.double(), type(Dynamic).__name__, type(type).__name__)
Child = type("Child", (Dynamic,), {})
print(Child().double(), Child.__mro__[1].__name__)

log = []
class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        log.append(f"Meta.__new__({name}, kwargs={kwargs})")
        ns["added_by_meta"] = name.lower()
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kwargs):
        log.append(f"Meta.__init__({name})")
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        log.append(f"Meta.__call__({cls.__name__}, {args})")
        return super().__call__(*args, **kwargs)

class Widget(metaclass=Meta, option=True):
    def __init__(self, v):
        log.append(f"Widget.__init__({v})")
        self.v = v
print(log); log.clear()
w = Widget(5)
print(log, w.v, Widget.added_by_meta, type(Widget).__name__); log.clear()

class SubWidget(Widget):
    pass
print(log, type(SubWidget).__name__, SubWidget.added_by_meta); log.clear()

# metaclass methods are available on the class, not the instance
class WithClassMethods(type):
    def describe(cls):
        return f"class {cls.__name__}"
class Thing(metaclass=WithClassMethods):
    pass
print(Thing.describe())
try:
    Thing().describe()
except AttributeError as e:
    print(type(e).__name__, e)

# a singleton via __call__
class Singleton(type):
    _instances = {}
    def __call__(cls, *args):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, value):
        self.value = value
print(Config(1) is Config(2), Config(3).value)

# metaclass conflict
class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class M3(M1, M2): pass
class D(A, B, metaclass=M3): pass
print(type(D).__name__)

# the most derived metaclass wins
class E(A): pass
print(type(E).__name__)

# a plain function as metaclass
def function_meta(name, bases, ns):
    ns["via_function"] = True
    return type(name, bases, ns)
class F(metaclass=function_meta):
    pass
print(F.via_function, type(F).__name__)

# class attributes from the metaclass
class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)
class Plugin(metaclass=Registry): pass
class PluginA(Plugin): pass
class PluginB(Plugin): pass
print(Registry.classes, Plugin.classes)

try:
    type("X", (), {}, extra=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("X", (1,), {})
except TypeError as e:
    print(type(e).__name__, e)
print(type(5) is int, type("a", (), {}).__qualname__)
