# Default argument values: evaluated once, at definition; mutable defaults; introspection.
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(greeting="Yo", name="Di"))
print(greet.__defaults__)

def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
print(append_to.__defaults__)

def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))

evaluated = []
def default_value(tag):
    evaluated.append(tag)
    return tag
def f(a=default_value("a"), b=default_value("b")):
    return a, b
print(evaluated)
print(f(), f(1), evaluated)

# defaults capture the value at definition time
n = 1
def uses_n(x=n):
    return x
n = 2
print(uses_n())

# changing __defaults__
def g(a, b=2, c=3):
    return a, b, c
g.__defaults__ = (20, 30)
print(g(1))
g.__defaults__ = (300,)
print(g(1, 2))
try:
    g(1)
except TypeError as e:
    print(type(e).__name__, e)
g.__defaults__ = None
try:
    g(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

def kw_defaults(a, *, b=5, c):
    return a, b, c
print(kw_defaults.__kwdefaults__, kw_defaults(1, c=2))

def no_defaults(a):
    pass
print(no_defaults.__defaults__, no_defaults.__kwdefaults__)

# defaults referring to earlier names in a class body
class Config:
    size = 10
    def method(self, s=size):
        return s
print(Config().method())

lam = lambda x, y=[]: (y.append(x), y)[1]
print(lam(1), lam(2))
