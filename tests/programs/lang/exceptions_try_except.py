# try/except: matching by class, tuples, hierarchy, order of handlers, bare except.
def classify(exc):
    try:
        raise exc
    except ZeroDivisionError:
        return "ZeroDivisionError handler"
    except (KeyError, IndexError) as e:
        return f"lookup handler for {type(e).__name__}"
    except ArithmeticError as e:
        return f"arithmetic handler for {type(e).__name__}"
    except Exception as e:
        return f"generic handler for {type(e).__name__}: {e}"

for exc in [ZeroDivisionError(), KeyError("k"), IndexError, OverflowError("big"), ValueError("v"), LookupError()]:
    print(classify(exc))

def bare():
    try:
        raise SystemExit(3)
    except:
        return "bare except caught SystemExit"
print(bare())

try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("not reached: KeyboardInterrupt is not an Exception")
except BaseException as e:
    print("BaseException caught", type(e).__name__)

# the handler tuple can be built at runtime
handlers = (TypeError, ValueError)
try:
    int("x")
except handlers as e:
    print("runtime tuple:", type(e).__name__)
errors = [KeyError]
try:
    {}["missing"]
except errors[0] as e:
    print("subscript expression:", repr(e))

# nested try: inner handler misses, outer catches
try:
    try:
        [][0]
    except KeyError:
        print("not this one")
except IndexError as e:
    print("outer caught", e)

# exceptions from deep calls
def level3():
    return 1 / 0
def level2():
    return level3()
def level1():
    try:
        return level2()
    except ZeroDivisionError as e:
        return f"caught in level1: {e}"
print(level1())

# catching with a non-exception class is a TypeError at match time
try:
    try:
        raise ValueError
    except int:
        pass
except TypeError as e:
    print(type(e).__name__, e)

# raise non-exceptions
for thing in [42, "text", None, object]:
    try:
        raise thing
    except TypeError as e:
        print(type(e).__name__, e)

# the exception variable is deleted after the handler
e = "before"
try:
    raise ValueError("temp")
except ValueError as e:
    pass
print("e" in dir())

# raising a class instantiates it
try:
    raise KeyError
except KeyError as e:
    print(repr(e), e.args)

# handlers only run for exceptions raised in the try body
try:
    x = 1
except NameError:
    print("never")
else:
    print("no exception, x =", x)
