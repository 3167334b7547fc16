# A replaced sys.excepthook that raises itself: "Error in sys.excepthook:", its own traceback,
# then "Original exception was:" and the uncaught exception's traceback; the exit code is 1.
import sys
def hook(t, v, tb):
    print("hook called with", t.__name__)
    raise RuntimeError("the hook failed")
sys.excepthook = hook
def inner():
    return 1 / 0
inner()
