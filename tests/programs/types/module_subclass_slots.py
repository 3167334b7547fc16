# A module subclass with __slots__: the slots live in the instance, past the module's fields.
from types import ModuleType
import gc
class M(ModuleType):
    __slots__ = ("a", "b", "c")
m = M("n", "doc")
m.b = 1
m.c = [m]
m.x = 2
print(m.b, m.c[0] is m, m.x, m.__name__, m.__doc__, sorted(k for k in m.__dict__ if not k.startswith("__")))
try:
    m.a
except AttributeError as e:
    print("AttributeError:", e)
del m
print(gc.collect() >= 1)
class N(M):
    pass
n = N("n2")
n.a = "x"
print(n.a, type(n).__name__, isinstance(n, ModuleType))
