# Generator close/throw corner cases: close() when the generator raises another exception in its
# finally, throw() into a not-started generator, throw() with a traceback argument, yield inside
# finally during close, and exceptions propagating out of next() leaving the generator closed.
def raises_in_finally():
    try:
        yield 1
    finally:
        raise KeyError("from finally")
g = raises_in_finally()
next(g)
try:
    g.close()
except KeyError as e:
    print("close raised", type(e).__name__, e)
print(g.gi_frame)
def simple():
    yield 1
    yield 2
s = simple()
try:
    s.throw(ValueError("before start"))
except ValueError as e:
    print("thrown into new generator:", e)
print(list(s))
def catches_all():
    while True:
        try:
            yield
        except Exception as e:
            print("caught inside:", type(e).__name__, e)
c = catches_all()
next(c)
c.throw(TypeError("t1"))
c.throw(ZeroDivisionError)
c.throw(KeyError, KeyError("instance"))
c.close()
print(c.gi_frame)
def failing():
    yield 1
    raise RuntimeError("inside generator")
f = failing()
print(next(f))
try:
    next(f)
except RuntimeError as e:
    print(type(e).__name__, e)
print(next(f, "exhausted after error"), f.gi_frame)
def yields_in_finally():
    try:
        yield "a"
    finally:
        yield "b"
y = yields_in_finally()
next(y)
try:
    y.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def ret_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "returned on close"
r = ret_on_exit()
next(r)
print(r.close())
try:
    simple().throw(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    simple().throw(ValueError("a"), ValueError("b"))
except TypeError as e:
    print(type(e).__name__, e)
def delegating():
    try:
        yield from catches_all()
    finally:
        print("delegating finally")
d = delegating()
next(d)
d.throw(ValueError("through yield from"))
d.close()
print("done")
