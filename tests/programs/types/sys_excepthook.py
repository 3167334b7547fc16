# sys.excepthook / sys.__excepthook__: called directly (traceback on stderr, a traceback
# argument kept only when the exception has none, a non-exception value), argument checks,
# and a replaced hook called for the uncaught exception with (type, value, traceback).
import sys
print(sys.excepthook is sys.__excepthook__, sys.excepthook, type(sys.excepthook).__name__)
print(sys.excepthook(1, 2, 3))
try:
    sys.excepthook(1, 2)
except TypeError as e:
    print(e)
def fail():
    raise KeyError("k")
try:
    fail()
except KeyError as e:
    sys.excepthook(type(e), e, e.__traceback__)
    sys.excepthook(type(e), e, None)
sys.__excepthook__(ValueError, ValueError("v"), None)
sys.excepthook(ValueError, "str value", None)
seen = []
def hook(t, v, tb):
    seen.append(t.__name__)
    print("hook:", t.__name__, v, tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name)
    print("last:", sys.last_type.__name__, sys.last_value is v, sys.last_traceback is tb)
sys.excepthook = hook
print("about to fail")
fail()
