# __context__ is set where an exception is raised: one coming back through a native call
# (gen.throw, next) keeps the context it had (even one reset to None), while `raise e` of an
# already-raised exception chains again; throw() chains only with the generator's own
# handled exception, not the caller's.
import contextlib


def g():
    try:
        yield
    except BaseException:
        exc = KeyError()
        try:
            raise exc
        finally:
            exc.__context__ = None


def f():
    gen = g()
    next(gen)
    try:
        raise IndexError()
    except IndexError as e:
        try:
            gen.throw(e)
        except BaseException as x:
            print("inside", repr(x.__context__))
            raise


try:
    f()
except KeyError as x:
    print("outside", repr(x.__context__))


@contextlib.contextmanager
def my_cm():
    try:
        yield
    except BaseException:
        exc = ValueError("mine")
        try:
            raise exc
        finally:
            exc.__context__ = None


try:
    with my_cm():
        raise IndexError()
except ValueError as exc:
    print("contextmanager", repr(exc.__context__))


def thrower():
    yield 1


gen = thrower()
next(gen)
try:
    raise IndexError("caller's")
except IndexError:
    try:
        gen.throw(KeyError("thrown"))
    except KeyError as e:
        print("throw", repr(e.__context__))


def reraiser(e):
    raise e


saved = None
try:
    raise OSError("first")
except OSError as e:
    saved = e
try:
    raise IndexError("handling")
except IndexError:
    try:
        reraiser(saved)
    except OSError as e:
        print("raise again", repr(e.__context__))


with contextlib.ExitStack() as outer:
    try:
        with contextlib.ExitStack() as stack:
            stack.callback(reraiser, IndexError)
            stack.callback(reraiser, KeyError)
            stack.callback(reraiser, AttributeError)
            stack.push(lambda *a: True)
            stack.callback(reraiser, ValueError)
            1 / 0
    except IndexError as exc:
        chain = []
        while exc is not None:
            chain.append(type(exc).__name__)
            exc = exc.__context__
        print("ExitStack", chain)
