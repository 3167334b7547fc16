# `from m import *` binds the names in m.__all__ (even private ones, none if it is
# empty), else m's public names; bad __all__ items raise TypeError
# naming the module by its __name__, which must be a str (and exist).
import sys, types
m = types.ModuleType("m1")
m.__all__ = ()
m.pub = 1
sys.modules["m1"] = m
from m1 import *
print("pub" in dir())
m2 = types.ModuleType("m2")
m2.__all__ = ["_hidden", "shown"]
m2._hidden, m2.shown, m2.other = 1, 2, 3
sys.modules["m2"] = m2
from m2 import *
print(_hidden, shown, "other" in dir())
m3 = types.ModuleType("m3")
m3.a, m3._b = 1, 2
sys.modules["m3"] = m3
from m3 import *
print(a, "_b" in dir())
m4 = types.ModuleType("m4")
m4.__all__ = ["x", 1]
m4.x = 1
sys.modules["m4"] = m4
try:
    from m4 import *
except TypeError as e:
    print(e)
m5 = types.ModuleType("m5")
m5.__all__ = ["missing"]
sys.modules["m5"] = m5
try:
    from m5 import *
except AttributeError as e:
    print(e)
m6 = types.ModuleType("m6")
m6.__all__ = [None]
sys.modules["m6"] = m6
for name in (5, None, "m6"):
    m6.__name__ = name
    try:
        from m6 import *
    except TypeError as e:
        print(e)
del m6.__name__
try:
    from m6 import *
except AttributeError as e:
    print(type(e).__name__, e)
