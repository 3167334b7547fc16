# type.__annotations__ (an empty dict made on first access, not inherited) and
# type.__flags__ (Py_TPFLAGS_* bits: heap type, base type, abstract).
import abc
class A:
    x: int
class B(A):
    pass
print(A.__annotations__, B.__annotations__, "__annotations__" in B.__dict__)
B.__annotations__ = {"y": str}
print(B.__annotations__)
del B.__annotations__
try:
    del B.__annotations__
except AttributeError as e:
    print("AttributeError", e)
try:
    int.__annotations__
except AttributeError as e:
    print("AttributeError", e)
class C(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
print(bool(C.__flags__ & (1 << 20)), bool(A.__flags__ & (1 << 9)), bool(int.__flags__ & (1 << 9)))
print(bool(int.__flags__ & (1 << 24)), bool(A.__flags__ & (1 << 10)), bool(bool.__flags__ & (1 << 10)))
