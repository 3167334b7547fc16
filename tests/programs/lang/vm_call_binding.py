# Argument binding: positional, keyword, defaults, *args, **kwargs, keyword-only,
# positional-only, and CPython's error messages for each way a call can go wrong.
def f(a, b=2, *args, k=3, **kw):
    return (a, b, args, k, sorted(kw.items()))

print(f(1))
print(f(1, 5, 6, 7, k=8, z=9, y=10))
print(f(b=4, a=3))
print(f(*[1, 2, 3], **{'k': 4, 'q': 5}))

def g(x, y, /, z, *, w):
    return x, y, z, w

print(g(1, 2, 3, w=4), g(1, 2, z=3, w=4))

def h(a, b):
    return a + b

class C:
    def m(self, x):
        return x

def err(fn, *a, **k):
    try:
        fn(*a, **k)
    except TypeError as e:
        print(type(e).__name__ + ':', e)

err(h, 1)
err(h)
err(h, 1, 2, 3)
err(h, 1, b=2, c=3)
err(h, 1, a=2)
err(g, 1, 2, 3)
err(g, x=1, y=2, z=3, w=4)
err(f)
err(C().m)
err(C().m, 1, 2)
err(len)
err(len, 1, 2)
err(len, [1], x=2)
print(f.__defaults__, f.__kwdefaults__, f.__code__.co_varnames)
