# Traceback objects: tb_frame, tb_lineno, tb_next, re-raising extends the traceback, with_traceback.
import sys

def inner():
    raise ValueError("deep")
def middle():
    inner()
def outer():
    middle()

def frames(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out

try:
    outer()
except ValueError as e:
    print(frames(e.__traceback__))
    print(type(e.__traceback__).__name__, e.__traceback__.tb_frame.f_code.co_name)
    saved = e

# the traceback grows as the exception passes through more frames
def reraise():
    try:
        outer()
    except ValueError:
        raise
try:
    reraise()
except ValueError as e:
    print(frames(e.__traceback__))

# raise e again from a different place appends to the existing traceback
def raise_saved():
    raise saved
try:
    raise_saved()
except ValueError as e:
    print(frames(e.__traceback__))

# with_traceback replaces it
fresh = KeyError("k").with_traceback(None)
print(fresh.__traceback__)
try:
    raise KeyError("x").with_traceback(saved.__traceback__)
except KeyError as e:
    print(frames(e.__traceback__)[:2])

# sys.exc_info gives the same traceback
try:
    inner()
except ValueError:
    etype, value, tb = sys.exc_info()
    print(etype.__name__, value is sys.exc_info()[1], frames(tb))

# exceptions created but not raised have no traceback
print(ValueError("never raised").__traceback__)

# tb_lasti and tb_lineno are ints; frames from the traceback expose locals
def with_locals(x):
    y = x * 2
    raise RuntimeError("look at my locals")
try:
    with_locals(21)
except RuntimeError as e:
    last = e.__traceback__
    while last.tb_next:
        last = last.tb_next
    print(sorted(last.tb_frame.f_locals.items()), isinstance(last.tb_lasti, int))

# setting __traceback__ requires a traceback or None
try:
    ValueError().__traceback__ = 5
except TypeError as e:
    print(type(e).__name__, e)
