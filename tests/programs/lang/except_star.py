# except*: splitting exception groups among handlers, re-raising the rest, naked exceptions.
def show(eg, indent="  "):
    print(f"{indent}{type(eg).__name__}: {eg!s}")
    if isinstance(eg, BaseExceptionGroup):
        for sub in eg.exceptions:
            show(sub, indent + "  ")

try:
    raise ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3), KeyError(4)])
except* ValueError as eg:
    print("ValueError handler got:")
    show(eg)
except* (TypeError, KeyError) as eg:
    print("TypeError/KeyError handler got:")
    show(eg)

# unhandled parts are re-raised as a new group
try:
    try:
        raise ExceptionGroup("outer", [ValueError("v"), OSError("o")])
    except* ValueError:
        print("handled the ValueError part")
except ExceptionGroup as rest:
    print("left over:")
    show(rest)

# a naked exception is wrapped in a group for the handler
try:
    raise KeyError("naked")
except* KeyError as eg:
    print("naked wrapped:", type(eg).__name__, repr(eg.exceptions))

# nested groups keep their structure
try:
    raise ExceptionGroup("top", [ValueError("a"), ExceptionGroup("mid", [ValueError("b"), TypeError("c")])])
except* ValueError as eg:
    print("nested ValueErrors:")
    show(eg)
except* TypeError as eg:
    print("nested TypeErrors:")
    show(eg)

# each handler runs at most once; the first matching one takes the exceptions
try:
    raise ExceptionGroup("g", [ZeroDivisionError(), OverflowError()])
except* ArithmeticError as eg:
    print("ArithmeticError handler:", [type(e).__name__ for e in eg.exceptions])
except* ZeroDivisionError:
    print("never: already handled")

# raising in an except* handler
try:
    try:
        raise ExceptionGroup("src", [ValueError("x")])
    except* ValueError:
        raise KeyError("from handler")
except (KeyError, ExceptionGroup) as e:
    print("raised in handler:", repr(e))
    print("  its context:", repr(e.__context__))

# raising in a handler while another part is unhandled gives a new group
try:
    try:
        raise ExceptionGroup("two", [ValueError("x"), OSError("y")])
    except* ValueError:
        raise KeyError("from handler")
except ExceptionGroup as eg:
    print("mixed:")
    show(eg)

# else and finally with except*
def run(raise_it):
    try:
        if raise_it:
            raise ExceptionGroup("e", [OSError("disk")])
    except* OSError:
        print("  handled OSError")
    else:
        print("  else")
    finally:
        print("  finally")
run(False)
run(True)

# except* with a bare ExceptionGroup type is not allowed
try:
    try:
        raise ExceptionGroup("x", [ValueError()])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(type(e).__name__, e)

# a non-matching except* lets the whole group through unchanged
original = ExceptionGroup("unchanged", [IndexError("i")])
try:
    try:
        raise original
    except* KeyError:
        pass
except ExceptionGroup as eg:
    print("same object:", eg is original)
