# raise ... from ...: __cause__, __suppress_context__, from None, chains.
class AppError(Exception):
    pass

def load(key):
    try:
        return {"a": 1}[key]
    except KeyError as e:
        raise AppError(f"cannot load {key}") from e

try:
    load("b")
except AppError as e:
    print(type(e).__name__, e)
    print("cause:", repr(e.__cause__), "context:", repr(e.__context__))
    print("suppress_context:", e.__suppress_context__, e.__context__ is e.__cause__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("hidden context") from None
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

# from an unrelated exception, outside any handler
try:
    raise RuntimeError("effect") from KeyError("cause")
except RuntimeError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

# from an exception class: it is instantiated
try:
    raise RuntimeError("x") from IndexError
except RuntimeError as e:
    print(repr(e.__cause__))

# from something that is not an exception
try:
    raise RuntimeError("x") from 42
except TypeError as e:
    print(type(e).__name__, e)

# setting __cause__ by hand
err = ValueError("manual")
err.__cause__ = KeyError("set by hand")
print(repr(err.__cause__), err.__suppress_context__)
try:
    err.__cause__ = "not an exception"
except TypeError as e:
    print(type(e).__name__, e)

# long chains
def chain(n):
    if n == 0:
        raise KeyError("root")
    try:
        chain(n - 1)
    except Exception as e:
        raise ValueError(f"level {n}") from e
try:
    chain(3)
except ValueError as e:
    node = e
    while node is not None:
        print("  ", type(node).__name__, node)
        node = node.__cause__

# re-raising keeps the cause
try:
    try:
        raise TypeError("t") from OSError("os")
    except TypeError:
        raise
except TypeError as e:
    print("re-raised:", repr(e.__cause__))

# with_traceback returns the same exception
e1 = ValueError("tb")
print(e1.with_traceback(None) is e1, e1.__traceback__)
