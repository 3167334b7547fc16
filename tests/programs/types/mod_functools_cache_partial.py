import functools
from functools import partial, reduce, cmp_to_key, lru_cache, cache

print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 0))
try:
    reduce(max, [])
except TypeError as e:
    print(e)

p = partial(print, 1, sep='-')
p(2, 3)
print(p.args, p.keywords, p.func is print)
p2 = partial(p, 9, end='!\n')
print(p2.args, p2.keywords, p2.func is print)
p2(10)
def f(a, b, *, c=0):
    return (a, b, c)
print(repr(partial(f, 1, c=2))[:27], partial(f, 1, c=2)(5), partial(f, c=3)(1, 2, c=4))

print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info(), fib.__name__, fib.__wrapped__.__name__)
fib.cache_clear()
print(fib.cache_info(), fib.cache_parameters())

@lru_cache(maxsize=2)
def sq(x):
    return x * x
for i in [1, 2, 1, 3, 2, 1]:
    sq(i)
print(sq.cache_info())

@lru_cache(typed=True)
def t(x):
    return type(x).__name__
print(t(1), t(1.0), t.cache_info())

class C:
    @cache
    def m(self, x):
        return x + 1
c = C()
print(c.m(1), c.m(1), C.m.cache_info().hits)
