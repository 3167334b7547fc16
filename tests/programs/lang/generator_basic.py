# Generator functions: lazy execution, state between yields, return, exhaustion.
def count_up(n):
    print("  start")
    i = 0
    while i < n:
        print("  yielding", i)
        yield i
        i += 1
    print("  done")

g = count_up(3)
print(type(g).__name__, g.__name__, g.__qualname__)
print("created, nothing run yet")
print(next(g))
print(next(g))
print(list(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
gen = fib()
print([next(gen) for _ in range(15)])

def with_return():
    yield 1
    return "result"
g = with_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", repr(e.value), e.args)

def empty():
    return
    yield
print(list(empty()))

def yield_expressions():
    x = yield
    print("  got", x)
    y = yield x
    print("  got", y)
g = yield_expressions()
print(next(g), next(g), end=" | ")
try:
    next(g)
except StopIteration:
    print("stop")

def in_loop_with_try():
    for i in range(3):
        try:
            yield i
        finally:
            print("  finally", i)
print(list(in_loop_with_try()))

# a generator can be iterated only once
squares = (i * i for i in range(3))
def gen_sq():
    for i in range(3):
        yield i * i
g = gen_sq()
print(sum(g), sum(g))

# generators keep local state independently
a, b = count_up(2), count_up(2)
print(next(a), next(b), next(a))

# yield inside expressions
def pairs():
    yield (1, 2)
    yield [(yield "inner"), "outer"]
print(list(pairs()))

def uses_args(*args, **kwargs):
    for a in args:
        yield a
    for k in sorted(kwargs):
        yield k, kwargs[k]
print(list(uses_args(1, 2, z=3, y=4)))

def early_return(items):
    for item in items:
        if item is None:
            return
        yield item
print(list(early_return([1, 2, None, 3])))
print(iter(g) is g, hasattr(g, "__next__"))
