import traceback, sys, io

def inner(x):
    return 1 / x

def outer():
    return inner(0)

try:
    outer()
except ZeroDivisionError:
    text = traceback.format_exc()
    print(text.replace(__file__, "FILE"))
    traceback.print_exc(file=sys.stdout)
    exc_type, exc, tb = sys.exc_info()
    print(traceback.format_exception_only(exc_type, exc))
    frames = traceback.extract_tb(tb)
    print([(f.name, f.lineno, f.line) for f in frames])
    print(len(traceback.format_tb(tb)))

def chained():
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("bad value") from e

try:
    chained()
except ValueError:
    traceback.print_exc(file=sys.stdout)

try:
    try:
        [][1]
    except IndexError:
        raise TypeError("during handling")
except TypeError as e:
    print("".join(traceback.format_exception(e)))
    print(traceback.format_exception_only(e))

s = traceback.extract_stack()
print(s[-1].name, s[-1].line)
print(traceback.format_list([("f.py", 3, "fn", "x = 1")]))

class MyErr(Exception):
    pass
try:
    raise MyErr("custom", 2)
except MyErr as e:
    tbe = traceback.TracebackException.from_exception(e)
    print(list(tbe.format_exception_only()))
    print("".join(tbe.format()).count("\n"))

def rec(n):
    return rec(n + 1)
try:
    rec(0)
except RecursionError:
    out = traceback.format_exc()
    print(out.splitlines()[-1], "repeated" in out)

traceback.print_exception(ValueError("x"), file=sys.stdout)
e = SyntaxError("bad syntax", ("f.py", 2, 5, "a b c\n", 2, 6))
print("".join(traceback.format_exception_only(type(e), e)))
traceback.print_exc(file=sys.stdout)
print(traceback.format_exc())
