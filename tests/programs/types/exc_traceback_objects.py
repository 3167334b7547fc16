# Traceback objects: __traceback__ chains (tb_next, tb_frame, tb_lineno), growth as an exception
# propagates, with_traceback, re-raise keeping the traceback, and tracebacks of caught exceptions.
import sys
def level3():
    raise ValueError("deep")
def level2():
    level3()
def level1():
    level2()
def tb_names(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out
try:
    level1()
except ValueError as e:
    print(tb_names(e.__traceback__))
    saved = e
print(tb_names(saved.__traceback__) == tb_names(saved.__traceback__), type(saved.__traceback__).__name__)
def catch_inside():
    try:
        level3()
    except ValueError as e:
        return tb_names(e.__traceback__)
print(catch_inside())
def reraise():
    try:
        level2()
    except ValueError:
        raise
try:
    reraise()
except ValueError as e:
    print(tb_names(e.__traceback__))
def reraise_named():
    try:
        level3()
    except ValueError as e:
        raise e
try:
    reraise_named()
except ValueError as e:
    print(tb_names(e.__traceback__))
e2 = KeyError("fresh")
print(e2.__traceback__)
try:
    raise e2
except KeyError:
    pass
print(tb_names(e2.__traceback__))
try:
    raise e2
except KeyError as k:
    print(len(tb_names(k.__traceback__)))
try:
    level3()
except ValueError as e:
    tb = e.__traceback__
try:
    raise RuntimeError("with tb").with_traceback(tb)
except RuntimeError as r:
    print(tb_names(r.__traceback__))
try:
    RuntimeError().with_traceback(5)
except TypeError as t:
    print(type(t).__name__, t)
x = ValueError()
x.__traceback__ = None
try:
    x.__traceback__ = "no"
except TypeError as t:
    print(type(t).__name__, t)
try:
    level1()
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is v.__traceback__, tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name)
    print(tb.tb_lasti >= 0, tb.tb_frame.f_back is None or tb.tb_frame.f_back.f_code.co_name)
