# throw() delegated through 'yield from': the delegating frame is the delegate's f_back.
import sys
def names(frame):
    out = []
    while frame and frame.f_code.co_name in ('f', 'g'):
        out.append(frame.f_code.co_name)
        frame = frame.f_back
    return out
def f():
    print(names(sys._getframe()))
    try:
        yield
    except Exception:
        pass
    print(names(sys._getframe()))
def g():
    print(names(sys._getframe()))
    yield from f()
    print(names(sys._getframe()))
gen = g()
gen.send(None)
try:
    gen.throw(RuntimeError)
except StopIteration:
    pass
