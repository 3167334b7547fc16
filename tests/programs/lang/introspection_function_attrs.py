# Function objects: __name__, __qualname__, __module__, __defaults__, __kwdefaults__, __dict__, __globals__, __closure__.
def top(a, b=1, *, c=2):
    """Top-level function."""
    return a
print(top.__name__, top.__qualname__, top.__module__, top.__doc__)
print(top.__defaults__, top.__kwdefaults__, top.__globals__ is globals(), top.__closure__)
print(type(top).__name__, callable(top), top.__code__.co_name)

class Outer:
    class Inner:
        def method(self):
            def local():
                pass
            return local
print(Outer.Inner.method.__qualname__, Outer.Inner().method().__qualname__, Outer.Inner.__qualname__)

# function attributes live in __dict__
top.custom = "value"
top.counter = 0
top.counter += 1
print(top.custom, top.counter, sorted(top.__dict__))

# renaming
def original():
    pass
original.__name__ = "renamed"
original.__qualname__ = "Some.renamed"
print(original.__name__, original.__qualname__, original.__code__.co_name)
try:
    original.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)

# closures: cells are shared with the defining scope
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def peek():
        return n
    return inc, peek
inc, peek = counter()
inc(); inc()
print(peek(), inc.__closure__[0].cell_contents, inc.__closure__[0] is peek.__closure__[0])
print(type(inc.__closure__[0]).__name__, inc.__code__.co_freevars)

# builtins have fewer attributes
print(len.__name__, len.__qualname__, type(len).__name__, len.__module__, len.__self__.__name__)
print([].append.__name__, [].append.__qualname__, type([].append).__name__)
print(str.upper.__qualname__, type(str.upper).__name__, type("a".upper).__name__)

# bound methods
class K:
    def m(self):
        return "m"
k = K()
bm = k.m
print(bm.__name__, bm.__qualname__, bm.__self__ is k, bm.__func__ is K.m, bm.__doc__)
print(bm == k.m, K.m is K.__dict__["m"])

# __wrapped__-like attribute copying by hand
def wraps(src):
    def deco(dst):
        for attr in ("__name__", "__qualname__", "__doc__"):
            setattr(dst, attr, getattr(src, attr))
        dst.__wrapped__ = src
        return dst
    return deco
def base_fn():
    """Base docstring."""
@wraps(base_fn)
def wrapper():
    pass
print(wrapper.__name__, wrapper.__doc__, wrapper.__wrapped__ is base_fn)

# __defaults__ must be a tuple or None
try:
    top.__defaults__ = [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    top.__code__ = "nope"
except TypeError as e:
    print(type(e).__name__, e)
print(hasattr(top, "__get__"), top.__get__(None, K) is top)
