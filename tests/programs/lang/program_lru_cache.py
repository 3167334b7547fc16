# An LRU cache decorator from scratch: closures, dict ordering, function attributes, keyword handling.
def lru_cache(maxsize=4):
    def decorator(func):
        cache = {}
        stats = {"hits": 0, "misses": 0}
        def wrapper(*args, **kwargs):
            key = (args, tuple(sorted(kwargs.items())))
            if key in cache:
                stats["hits"] += 1
                value = cache.pop(key)
                cache[key] = value
                return value
            stats["misses"] += 1
            value = func(*args, **kwargs)
            cache[key] = value
            if len(cache) > maxsize:
                oldest = next(iter(cache))
                del cache[oldest]
            return value
        def cache_info():
            return (stats["hits"], stats["misses"], maxsize, len(cache))
        def cache_clear():
            cache.clear()
            stats.update(hits=0, misses=0)
        wrapper.cache_info = cache_info
        wrapper.cache_clear = cache_clear
        wrapper.cache_keys = lambda: [k[0] for k in cache]
        wrapper.__name__ = func.__name__
        wrapper.__wrapped__ = func
        return wrapper
    return decorator

calls = []
@lru_cache(maxsize=3)
def square(n):
    calls.append(n)
    return n * n

for n in [1, 2, 3, 1, 4, 2, 5, 1]:
    square(n)
print(calls, square.cache_info(), square.cache_keys())

@lru_cache(maxsize=200)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib.__name__, fib.__wrapped__.__name__)

@lru_cache()
def greet(name, punctuation="!"):
    calls.append(name)
    return f"hi {name}{punctuation}"
calls.clear()
print(greet("a"), greet("a"), greet("a", punctuation="?"), greet(punctuation="?", name="a"), calls)

try:
    square([1, 2])
except TypeError as e:
    print(type(e).__name__, e)

class Expensive:
    def __init__(self, factor):
        self.factor = factor
    def __hash__(self):
        return hash(self.factor)
    def __eq__(self, other):
        return isinstance(other, Expensive) and other.factor == self.factor
@lru_cache(maxsize=2)
def scale(obj, x):
    calls.append((obj.factor, x))
    return obj.factor * x
calls.clear()
print(scale(Expensive(2), 5), scale(Expensive(2), 5), scale(Expensive(3), 5), calls)
