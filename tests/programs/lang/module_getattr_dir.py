# Module-level __getattr__ and __dir__ (PEP 562), seen through the module object of __main__.
import sys

VISIBLE = "a real global"

def __getattr__(name):
    if name.startswith("lazy_"):
        value = f"computed {name[5:]}"
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

def __dir__():
    return ["VISIBLE", "lazy_anything"]

me = sys.modules[__name__]
print(me.VISIBLE)
print(me.lazy_config)
print("lazy_config" in globals(), lazy_config)
try:
    me.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(me, "lazy_other", None), getattr(me, "nothing", "default"), hasattr(me, "lazy_x"), hasattr(me, "y"))
print(dir(me))

# plain names in the module do not go through __getattr__
try:
    print(lazy_direct)
except NameError as e:
    print(type(e).__name__, e)

# setting attributes on the module object sets globals
me.assigned = 5
print(assigned)
print(type(me).__name__, me.__name__, isinstance(me, type(sys)))
