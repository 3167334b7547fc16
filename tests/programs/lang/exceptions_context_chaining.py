# Implicit exception chaining: __context__ set when raising while handling.
try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
except ValueError as e:
    print(repr(e), "context:", repr(e.__context__), "cause:", e.__cause__, e.__suppress_context__)

# context in finally
try:
    try:
        raise KeyError("in try")
    finally:
        raise IndexError("in finally")
except IndexError as e:
    print(repr(e), "context:", repr(e.__context__))

# three-level context
try:
    try:
        try:
            raise OSError("a")
        except OSError:
            raise TypeError("b")
    except TypeError:
        raise RuntimeError("c")
except RuntimeError as e:
    chain = []
    node = e
    while node:
        chain.append(repr(node))
        node = node.__context__
    print(" <- ".join(chain))

# an exception raised after the handler finished has no context
try:
    try:
        raise KeyError
    except KeyError:
        pass
    raise ValueError("afterwards")
except ValueError as e:
    print(repr(e.__context__))

# re-raising the same exception does not make it its own context
try:
    try:
        raise ValueError("self")
    except ValueError as err:
        raise err
except ValueError as e:
    print(e.__context__ is None)

# cycles are broken: raising an exception that is already in the chain
try:
    try:
        raise KeyError("A")
    except KeyError as a:
        try:
            raise ValueError("B")
        except ValueError as b:
            raise a
except KeyError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__) if e.__context__ else None)

# exception raised inside a function called from a handler
def helper():
    raise LookupError("from helper")
try:
    try:
        1 / 0
    except ZeroDivisionError:
        helper()
except LookupError as e:
    print(repr(e), repr(e.__context__))

# sys.exc_info inside and outside handlers
import sys
print(sys.exc_info())
try:
    raise KeyError("x")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None, sys.exception() if hasattr(sys, "exception") else "no sys.exception in 3.11")
print(sys.exc_info())

# nested handlers restore the outer exception
try:
    raise KeyError("outer")
except KeyError:
    try:
        raise ValueError("inner")
    except ValueError:
        print("inner:", repr(sys.exc_info()[1]))
    print("outer again:", repr(sys.exc_info()[1]))

# bare raise with no active exception
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
