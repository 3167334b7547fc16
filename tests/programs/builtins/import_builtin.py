# import statements and __import__ limited to sys and gc: aliases, from-imports, re-import returns
# the cached module, missing modules and names, and importing inside functions.
import sys
import gc as garbage
from sys import maxsize as biggest, argv
from gc import collect, isenabled
print(sys.__name__, garbage.__name__, biggest == sys.maxsize, argv is sys.argv, collect is garbage.collect, isenabled())
import sys as again
print(again is sys, __import__("sys") is sys, __import__("gc") is garbage, sys.modules["gc"] is garbage)
def inner():
    import gc
    from sys import byteorder
    return gc.isenabled(), byteorder in ("little", "big"), "gc" in dir()
print(inner())
for stmt in ("import no_such_module_xyz", "from sys import no_such_name", "from gc import nothing_here", "import sys.nothing", "__import__('')"):
    try:
        exec(stmt)
    except ImportError as e:
        print(type(e).__name__, e, repr(e.name))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    __import__(5)
except TypeError as e:
    print(type(e).__name__, e)
ns = {}
exec("from sys import *", ns)
print("maxsize" in ns, "argv" in ns)
print(type(sys).__name__, hasattr(sys, "__spec__"), sys.__name__ in sys.modules)
