# function objects: __name__/__qualname__/__module__/__doc__/__defaults__/__kwdefaults__/__annotations__/
# __dict__/__code__/__globals__/__closure__/__builtins__, writable attributes and their type checks.
def f(a, b=2, *args, c, d=4, **kw):
    "Docstring of f."
    return a
def g():
    pass
lam = lambda x, y=1: x
class K:
    def method(self):
        def inner():
            pass
        return inner
print(f.__name__, f.__qualname__, f.__module__, f.__doc__, g.__doc__, f.__defaults__, f.__kwdefaults__, g.__defaults__, g.__kwdefaults__)
print(lam.__name__, lam.__qualname__, lam.__defaults__, K.method.__qualname__, K().method().__qualname__, K().method().__name__)
print(type(f).__name__, type(lam).__name__, callable(f), f.__dict__, f.__closure__, f.__globals__ is globals(), type(f.__code__).__name__)
def ann(x: int, y: "str" = "", *, z: list = None) -> bool:
    pass
print(ann.__annotations__, g.__annotations__, f.__annotations__)
f.attr = 42
f.__dict__["other"] = "x"
print(f.attr, f.other, sorted(f.__dict__))
f.__name__ = "renamed"
f.__qualname__ = "Q.renamed"
f.__doc__ = None
f.__defaults__ = (20,)
f.__kwdefaults__ = {"c": 3, "d": 5}
print(f.__name__, f.__qualname__, f.__doc__, f(1), f.__defaults__, f.__kwdefaults__)
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)
for attr, val in (("__name__", 5), ("__qualname__", None), ("__defaults__", [1]), ("__kwdefaults__", 5), ("__code__", 1),
                  ("__dict__", []), ("__annotations__", 5), ("__closure__", ()), ("__globals__", {})):
    try:
        setattr(g, attr, val)
        print(attr, "set")
    except (TypeError, AttributeError) as e:
        print(attr, type(e).__name__, e)
try:
    del g.__name__
except TypeError as e:
    print(type(e).__name__, e)
try:
    g.missing
except AttributeError as e:
    print(type(e).__name__, e)
def h(x):
    return x + 1
def k(x):
    return x * 10
h.__code__ = k.__code__
print(h(2), h.__name__, h.__code__.co_name)
print(f.__builtins__ is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else type(f.__builtins__).__name__)
print(sorted(a for a in dir(g) if not a.startswith("__")), "__call__" in dir(g), "__get__" in dir(g))
print(g() is None, f.__call__ is not None, g.__get__(None, K) is g, type(g.__get__(K())).__name__)
def counter():
    counter.calls = getattr(counter, "calls", 0) + 1
    return counter.calls
counter(); counter()
print(counter(), counter.__dict__)
def defaults_shared(x, acc=[]):
    acc.append(x)
    return acc
print(defaults_shared(1), defaults_shared(2), defaults_shared.__defaults__)
