# Exception notes (add_note, __notes__), chaining (__context__ implicit, __cause__ explicit,
# from None and __suppress_context__), re-raise, exception variables cleared after except.
e = ValueError("v")
e.add_note("first note")
e.add_note("second")
print(e.__notes__, str(e), repr(e))
try:
    e.add_note(5)
except TypeError as err:
    print(type(err).__name__, err)
e.__notes__ = "not a list"
try:
    e.add_note("x")
except TypeError as err:
    print(type(err).__name__, err)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("during")
except KeyError as k:
    print(repr(k.__context__), k.__cause__, k.__suppress_context__)
try:
    try:
        [][0]
    except IndexError as ie:
        raise RuntimeError("explicit") from ie
except RuntimeError as r:
    print(repr(r.__cause__), repr(r.__context__), r.__suppress_context__, r.__cause__ is r.__context__)
try:
    try:
        {}["x"]
    except KeyError:
        raise ValueError("hidden") from None
except ValueError as v:
    print(v.__cause__, repr(v.__context__), v.__suppress_context__)
try:
    raise ValueError("cause is a class") from TypeError
except ValueError as v:
    print(repr(v.__cause__))
try:
    raise ValueError from 5
except TypeError as t:
    print(type(t).__name__, t)
def reraiser():
    try:
        raise OSError("orig")
    except OSError:
        raise
try:
    reraiser()
except OSError as o:
    print("reraised", repr(o))
try:
    raise
except RuntimeError as r:
    print(type(r).__name__, r)
x = "before"
try:
    raise ValueError
except ValueError as x:
    pass
try:
    print(x)
except NameError as n:
    print(type(n).__name__, n)
def ctx():
    try:
        raise KeyError(1)
    except KeyError:
        try:
            raise ValueError(2)
        except ValueError as inner:
            return inner
i = ctx()
print(repr(i), repr(i.__context__), i.__context__.__context__)
e1 = ValueError(1)
e2 = TypeError(2)
e1.__context__ = e2
e1.__cause__ = None
print(e1.__suppress_context__, repr(e1.__context__))
try:
    e1.__cause__ = "str"
except TypeError as t:
    print(type(t).__name__, t)
try:
    e1.__context__ = 5
except TypeError as t:
    print(type(t).__name__, t)
import sys
try:
    raise LookupError("in flight")
except LookupError:
    print(repr(sys.exc_info()[1]), sys.exc_info()[0].__name__, repr(sys.exception()) if hasattr(sys, "exception") else "n/a")
print(sys.exc_info())
