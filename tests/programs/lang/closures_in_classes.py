# Closures and classes together: methods closing over function variables, classes made by factories, __class__.
def make_counter_class(start):
    count = start
    class Counter:
        def increment(self):
            nonlocal count
            count += 1
            return count
        def peek(self):
            return count
    return Counter

C = make_counter_class(10)
a, b = C(), C()
print(a.increment(), b.increment(), a.peek())
D = make_counter_class(100)
print(D().increment(), C().peek())

def make_validator(minimum, maximum):
    class Bounded:
        def __set_name__(self, owner, name):
            self.name = "_" + name
        def __get__(self, obj, objtype=None):
            return getattr(obj, self.name)
        def __set__(self, obj, value):
            if not minimum <= value <= maximum:
                raise ValueError(f"{value} not in [{minimum}, {maximum}]")
            setattr(obj, self.name, value)
    return Bounded()
class Pixel:
    r = make_validator(0, 255)
    alpha = make_validator(0.0, 1.0)
p = Pixel()
p.r = 200
p.alpha = 0.5
print(p.r, p.alpha)
for attr, value in [("r", 300), ("alpha", 2)]:
    try:
        setattr(p, attr, value)
    except ValueError as e:
        print(type(e).__name__, e)

# methods that return closures over self
class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting
    def make(self, punctuation):
        def greet(name):
            return f"{self.greeting}, {name}{punctuation}"
        return greet
hello = Greeter("Hello").make("!")
print(hello("world"), hello.__qualname__)

# class body variables are not visible in nested functions, but default arguments capture them
class Config:
    scale = 3
    def scaled(self, x, scale=scale):
        return x * scale
    values = [i * 2 for i in [scale] * 3]
    lookup = (lambda s=scale: s * 100)()
print(Config().scaled(2), Config.values, Config.lookup)

# a closure over a class created in a loop
classes = []
for tag in ["a", "b"]:
    class Tagged:
        label = tag
        def show(self, t=tag):
            return (self.label, t)
    classes.append(Tagged)
print([cls().show() for cls in classes])

def class_with_closure_method():
    secret = "s3cr3t"
    class Vault:
        def reveal(self):
            return secret
        @property
        def length(self):
            return len(secret)
        @classmethod
        def hint(cls):
            return secret[0]
        @staticmethod
        def static_hint():
            return secret[-1]
    return Vault
V = class_with_closure_method()
print(V().reveal(), V().length, V.hint(), V.static_hint(), V.reveal.__code__.co_freevars)
