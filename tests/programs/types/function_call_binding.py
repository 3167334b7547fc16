# Argument binding of Python functions and its TypeError messages: missing/too many positional,
# unexpected and duplicate keywords, positional-only passed by keyword, keyword-only, *args/**kwargs
# collection, defaults evaluation time, and call-site unpacking errors.
def err(f, *a, **k):
    try:
        r = f(*a, **k)
    except TypeError as e:
        print(type(e).__name__, e)
    else:
        print("ok", r)
def f(a, b, c=3):
    return (a, b, c)
def g(a, /, b, *, c):
    return (a, b, c)
def h(*args, **kwargs):
    return (args, kwargs)
def k(a, b=2, *rest, d, e=5, **kw):
    return (a, b, rest, d, e, kw)
err(f, 1, 2)
err(f, 1)
err(f)
err(f, 1, 2, 3, 4)
err(f, 1, 2, d=4)
err(f, 1, 2, a=1)
err(f, b=2, a=1)
err(g, 1, 2, c=3)
err(g, a=1, b=2, c=3)
err(g, 1, 2, 3)
err(g, 1, b=2)
err(h)
err(h, 1, 2, x=3)
err(k, 1, d=4)
err(k, 1, 2, 3, 4, d=5, z=6)
err(k, 1)
err(k)
err(k, 1, 2, b=3, d=4)
err(lambda: 1, 2)
err(lambda x: x)
err(lambda *, x: x, 1)
class C:
    def m(self, x):
        return x
    @staticmethod
    def s(x):
        return x
    @classmethod
    def c(cls, x):
        return x
err(C().m)
err(C().m, 1, 2)
err(C.m, 1)
err(C.s)
err(C.c, 1, 2)
err(C, 1)
def three(a, b, c):
    return a + b + c
err(three, *[1, 2])
err(three, *[1, 2, 3, 4])
err(three, **{"a": 1, "b": 2})
err(three, 1, **{"a": 1, "b": 2, "c": 3})
err(three, *[1], **{"b": 2, "c": 3})
err(lambda: three(*5))
err(lambda: three(**[1]))
err(lambda: three(**{1: 2}))
err(lambda: three(1, **{'b': 2}, **{'b': 3}))
calls = []
def default_time(x=calls.append("evaluated") or len(calls)):
    return x
print(default_time(), default_time(), calls)
def many(a, b, c, d, e):
    pass
err(many, 1)
err(many, 1, 2, 3, 4, 5, 6, 7)
def kwonly(*, a, b, c):
    pass
err(kwonly)
err(kwonly, 1, 2)
