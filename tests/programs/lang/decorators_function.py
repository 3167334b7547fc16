# Function decorators: plain, with arguments, stacked, order of application, wrappers.
log = []

def trace(func):
    def wrapper(*args, **kwargs):
        log.append(f"call {func.__name__}{args}")
        result = func(*args, **kwargs)
        log.append(f"return {result!r}")
        return result
    wrapper.__name__ = func.__name__
    wrapper.__wrapped__ = func
    return wrapper

@trace
def add(a, b):
    return a + b
print(add(2, 3), add.__name__, add.__wrapped__(1, 1))
print(log); log.clear()

def repeat(times):
    def decorator(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorator

@repeat(3)
def hello(name):
    return f"hi {name}"
print(hello("bob"))

def tag(name):
    def decorator(func):
        log.append(f"decorating {func.__name__} with {name}")
        def wrapper():
            return f"<{name}>{func()}</{name}>"
        return wrapper
    log.append(f"made decorator {name}")
    return decorator

@tag("b")
@tag("i")
def text():
    return "styled"
print(text())
print(log); log.clear()

# decorator expressions may be any expression (PEP 614)
decorators = {"upper": lambda f: lambda: f().upper()}
@decorators["upper"]
def shout():
    return "quiet"
print(shout())

@(lambda f: f)
def identity():
    return "identity"
print(identity())

class Registry:
    def __init__(self):
        self.items = {}
    def register(self, func):
        self.items[func.__name__] = func
        return func
registry = Registry()
@registry.register
def alpha():
    return "a"
@registry.register
def beta():
    return "b"
print(sorted(registry.items), registry.items["beta"]())

# a decorator can return anything
@type
def not_a_function_anymore():
    pass
print(not_a_function_anymore.__name__)
def to_str(func):
    return f"replaced {func.__name__}"
@to_str
def gone():
    pass
print(gone)

# counting calls with a function attribute
def counted(func):
    def wrapper(*args):
        wrapper.calls += 1
        return func(*args)
    wrapper.calls = 0
    return wrapper
@counted
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(10), fib.calls)

# memoization decorator
def memo(func):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)
print(slow_fib(80), len(slow_fib.cache))

# decorating methods
def method_logger(func):
    def wrapper(self, *args):
        return f"{type(self).__name__}.{func.__name__}{args} -> {func(self, *args)}"
    return wrapper
class Calc:
    @method_logger
    def double(self, x):
        return 2 * x
print(Calc().double(21))
