# PEP 479: StopIteration raised inside a generator becomes RuntimeError; frame and state attributes.
def leaks():
    yield 1
    raise StopIteration("leaked")
g = leaks()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__, e.__cause__)

def next_on_empty():
    it = iter([])
    yield next(it)
try:
    list(next_on_empty())
except RuntimeError as e:
    print(type(e).__name__, e)

def careful():
    it = iter([1])
    while True:
        try:
            yield next(it)
        except StopIteration:
            return "clean"
print(list(careful()))

# subclasses of StopIteration are converted too
class MyStop(StopIteration):
    pass
def sub_stop():
    raise MyStop
    yield
try:
    next(sub_stop())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

# generator state attributes
def stateful():
    yield 1
    yield 2
s = stateful()
print(s.gi_running, s.gi_frame is not None, s.gi_frame.f_lasti >= -1, s.gi_code.co_name)
next(s)
print(s.gi_frame.f_lineno)
list(s)
print(s.gi_frame, s.gi_running)
print(s.gi_yieldfrom)
def delegating():
    yield from stateful()
dg = delegating()
next(dg)
print(type(dg.gi_yieldfrom).__name__)

def running_check():
    yield gen_ref.gi_running
gen_ref = running_check()
print(next(gen_ref))

# a generator's exception state is its own
def exc_state():
    try:
        raise KeyError("in generator")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
import sys
eg = exc_state()
print(next(eg))
print(sys.exc_info())
try:
    raise IndexError
except IndexError:
    print(next(eg), sys.exc_info()[0].__name__)
