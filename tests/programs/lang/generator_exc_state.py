# sys.exc_info() inside a suspended generator: the exception it handles survives a yield
# (even when it is the caller's own), and outside a handler the caller's shows through.
import sys
def store_raise_exc_generator():
    try:
        print(sys.exc_info()[0])
        yield
    except Exception as exc:
        print("in handler", sys.exc_info()[0], exc.__context__)
        yield
        print("not lost", sys.exc_info()[0])
        yield
        raise
make = store_raise_exc_generator()
next(make)
try:
    raise ValueError()
except Exception as exc:
    try:
        make.throw(exc)
    except Exception:
        pass
next(make)
try:
    next(make)
except ValueError as e:
    print("reraised", type(e).__name__)
print(sys.exc_info())

def outside():
    yield sys.exc_info()[0]
    try:
        1/0
    except ZeroDivisionError:
        pass
    yield sys.exc_info()[0]
g = outside()
try:
    raise KeyError
except KeyError:
    print(next(g))
try:
    raise IndexError
except IndexError:
    print(next(g))

