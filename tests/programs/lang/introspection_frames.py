# Frames: sys._getframe, f_code.co_name, f_back, f_locals, f_globals, f_lineno.
import sys

def current_name():
    return sys._getframe().f_code.co_name

def caller_name():
    return sys._getframe(1).f_code.co_name

def outer():
    return current_name(), caller_name()
print(outer())
print(sys._getframe().f_code.co_name)

def stack():
    names = []
    frame = sys._getframe()
    while frame is not None:
        names.append(frame.f_code.co_name)
        frame = frame.f_back
    return names
def a():
    return b()
def b():
    return stack()
print(a())

def show_locals(x, y=2):
    z = x + y
    return dict(sys._getframe().f_locals)
print(show_locals(1))

def locals_builtin():
    p = "p"
    q = [1]
    return sorted(locals().items())
print(locals_builtin())

def line_numbers():
    first = sys._getframe().f_lineno
    second = sys._getframe().f_lineno
    return second - first
print(line_numbers())

def caller_locals():
    return sorted(sys._getframe(1).f_locals)
def has_locals():
    alpha = 1
    beta = 2
    return caller_locals()
print(has_locals())

print(sys._getframe().f_globals is globals(), sys._getframe().f_back)
try:
    sys._getframe(100)
except ValueError as e:
    print(type(e).__name__, e)

# frames of generators are the generator's own
def gen():
    yield sys._getframe().f_code.co_name
    yield sys._getframe().f_back.f_code.co_name
g = gen()
print(next(g))
def driver():
    return next(g)
print(driver())

# methods and class bodies
class C:
    body_name = sys._getframe().f_code.co_name
    def method(self):
        return sys._getframe().f_code.co_name, sys._getframe().f_code.co_qualname
print(C.body_name, C().method())
print((lambda: sys._getframe().f_code.co_name)())

# f_locals sees closures' free variables
def outer2():
    captured = "cell value"
    def inner():
        seen = captured
        return sorted(sys._getframe().f_locals.items())
    return inner()
print(outer2())

# the traceback's frames
def fail():
    raise ValueError("tb")
try:
    fail()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
