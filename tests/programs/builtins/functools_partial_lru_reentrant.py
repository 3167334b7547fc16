# copy.copy of a partial shares its args and keywords; lru_cache wrappers are weakly
# referenceable; a key whose __eq__ calls the cached function again (reordering the cache)
# still finds its entry, as CPython's dict lookup only restarts when the table is replaced
import copy, functools, weakref

p = functools.partial(print, ['asdf'], sep='-')
c = copy.copy(p)
print(c.args is p.args, c.keywords is p.keywords, c.func is p.func)

@functools.lru_cache(maxsize=10)
def f(x):
    return x
r = weakref.ref(f)
print(r() is f)

class DoubleEq:
    def __init__(self, x):
        self.x = x
    def __hash__(self):
        return self.x
    def __eq__(self, other):
        if self.x == 2:
            f(DoubleEq(1))
        return self.x == getattr(other, 'x', None)
    def __repr__(self):
        return f"DoubleEq({self.x})"

print(f(DoubleEq(1)), f(DoubleEq(2)), f(DoubleEq(2)), f.cache_info())


# __hash__ runs once per call: a hit moves the entry to the end, an eviction drops the
# oldest entry, both by the stored hash
class H:
    calls = 0
    def __hash__(self):
        H.calls += 1
        return 999
    def __mul__(self, other):
        return 15
@functools.lru_cache(maxsize=1)
def g(x, y):
    return x * 3 + y
h = H()
print(g(h, 1), H.calls, g(h, 1), H.calls, g(6, 2), H.calls, g(h, 1), H.calls, g.cache_info())
