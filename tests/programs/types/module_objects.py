# Module objects: sys and gc as modules, __name__/__doc__/__dict__/__spec__-free attributes,
# the __main__ module's globals, creating a module with type(sys)(name), and attribute errors.
import sys
import gc
print(type(sys).__name__, sys.__name__, gc.__name__, type(gc) is type(sys), sys.__doc__ is not None, isinstance(sys.__dict__, dict))
print(__name__, sys.modules["__main__"].__name__, sys.modules["sys"] is sys, "gc" in sys.modules, __doc__)
main = sys.modules[__name__]
x_global = 5
print(main.x_global, vars(main) is globals(), getattr(main, "x_global"))
Module = type(sys)
m = Module("made", "the doc")
print(m.__name__, m.__doc__, sorted(vars(m)), repr(m))
m.value = 10
def f():
    return "function in module"
m.f = f
print(m.value, m.f(), sorted(k for k in vars(m) if not k.startswith("__")))
try:
    m.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    sys.no_such_attr
except AttributeError as e:
    print(type(e).__name__, e)
def __getattr__(name):
    return "module __getattr__ for " + name
print(main.anything, getattr(main, "other"))
m2 = Module("bare")
print(m2.__doc__, repr(m2))
try:
    Module()
except TypeError as e:
    print(type(e).__name__, e)
del m.value
print(hasattr(m, "value"))
print(callable(gc.collect), callable(sys.exit), type(gc.collect).__name__, gc.collect.__name__, gc.collect.__module__ if hasattr(gc.collect, "__module__") else "")
print(sorted(k for k in ("collect", "enable", "disable", "isenabled", "get_count", "get_threshold") if hasattr(gc, k)))
print(isinstance(sys.maxsize, int), sys.byteorder in ("little", "big"), type(sys.version_info).__name__, sys.version_info[:2], sys.version_info.major)
print(sys.implementation.name in ("cpython", "taipan"), type(sys.flags).__name__ if False else "", type(sys.argv).__name__, type(sys.path).__name__)
