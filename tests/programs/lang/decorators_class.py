# Class decorators and decorators implemented as classes.
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls

@add_repr
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
print(Point(1, 2), [Point("a", None)])

registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls

@register
@add_repr
class Item:
    def __init__(self, name):
        self.name = name
print(registry, Item("thing"))

def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, value):
        self.value = value
a = Config(1)
b = Config(2)
print(a is b, a.value, b.value, type(Config).__name__)

class CountCalls:
    def __init__(self, func):
        self.func = func
        self.count = 0
    def __call__(self, *args, **kwargs):
        self.count += 1
        return self.func(*args, **kwargs)
@CountCalls
def say(msg):
    return msg.upper()
print(say("a"), say("b"), say.count, type(say).__name__)

class WithArgs:
    def __init__(self, prefix):
        self.prefix = prefix
    def __call__(self, func):
        def wrapper(*args):
            return self.prefix + str(func(*args))
        return wrapper
@WithArgs(">> ")
def compute(x):
    return x * 3
print(compute(14))

# a class-based decorator on a method needs __get__ to bind
class bound_decorator:
    def __init__(self, func):
        self.func = func
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        def bound(*args):
            return ("decorated", self.func(obj, *args))
        return bound
class Host:
    def __init__(self):
        self.n = 5
    @bound_decorator
    def value(self, k):
        return self.n * k
print(Host().value(2), type(Host.__dict__["value"]).__name__, Host.value is Host.__dict__["value"])

def add_method(name, value):
    def decorator(cls):
        setattr(cls, name, lambda self: value)
        return cls
    return decorator
@add_method("answer", 42)
@add_method("question", "?")
class Deep:
    pass
print(Deep().answer(), Deep().question())

def replace_with_instance(cls):
    return cls()
@replace_with_instance
class Constant:
    value = "instance made at definition"
print(Constant.value, type(Constant).__name__)
