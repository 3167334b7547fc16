# Comprehension scopes: iteration variables don't leak, the first iterable is evaluated outside.
x = "outer x"
squares = [x * x for x in range(4)]
print(squares, x)

i = "outer i"
gen = (i for i in range(3))
print(list(gen), i)
print({i: i for i in range(2)}, {i for i in range(2)}, i)

# the outermost iterable is evaluated eagerly, in the enclosing scope
def make():
    data = [1, 2, 3]
    g = (v * 10 for v in data)
    data = [7, 8, 9]
    return list(g)
print(make())

def make_inner():
    data = [1, 2]
    g = (v * w for v in data for w in data)
    data.append(3)
    return list(g)
print(make_inner())

# comprehensions are functions: they see enclosing function variables as free variables
def closure_view():
    factor = 3
    return [n * factor for n in range(3)]
print(closure_view())

# in a class body, only the first iterable sees class variables
class C:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    try:
        pairs = [(v, w) for v in values for w in values]
    except NameError as e:
        error = f"{type(e).__name__}: {e}"
print(C.doubled, C.error)

class D:
    n = 5
    try:
        bad = [n for _ in range(2)]
    except NameError as e:
        error = f"{type(e).__name__}: {e}"
print(D.error)

# comprehension variables can shadow names used afterwards without touching them
def shadowing():
    y = "kept"
    result = [y for y in "ab"]
    return result, y
print(shadowing())

# nested comprehensions each have their own scope
print([[j for j in range(i)] for i in range(4)])
print([(lambda: k)() for k in range(3)])
fns = [lambda: k for k in range(3)]
print([f() for f in fns])

# the loop variable of a nested comprehension can be named like the outer one
print([[x for x in range(x)] for x in range(3)])

import sys
def frame_names():
    return [sys._getframe().f_code.co_name for _ in range(1)]
print(frame_names(), (sys._getframe().f_code.co_name for _ in range(1)).__next__())
print([sys._getframe().f_code.co_name for _ in range(1)])
print({sys._getframe().f_code.co_name for _ in range(1)}, {0: sys._getframe().f_code.co_name for _ in range(1)})
