# A coroutine never awaited warns when finalized (warnings._warn_unawaited_coroutine, or a
# plain RuntimeWarning when that hook fails: its error is unraisable); one that ran does not.
import gc, sys, warnings
async def foo():
    pass
def show(u):
    print("unraisable", u.exc_type.__name__, repr(u.object)[:22])
sys.unraisablehook = show
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    c = foo()
    del c
    gc.collect()
print([str(x.message) for x in w], [x.category.__name__ for x in w])
orig = warnings._warn_unawaited_coroutine
warnings._warn_unawaited_coroutine = lambda coro: 1/0
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    foo()
print([str(x.message) for x in w])
warnings._warn_unawaited_coroutine = orig
c = foo()
c.close()
del c
c = foo()
try:
    c.send(None)
except StopIteration:
    print("ran: no warning")
del c
print("end")
