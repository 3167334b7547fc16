# A metaclass's mro() gives the MRO (__class__ is already set when it runs; its result is
# checked; a failing mro() on __bases__ assignment restores the old bases);
# ExceptionGroup[int].
test_class = None
class Meta(type):
    def mro(self):
        self.__dict__["f"]()
        return super().mro()
class A(metaclass=Meta):
    def f():
        global test_class
        test_class = __class__
print(test_class is A, A.__mro__)
class M2(type):
    def mro(cls):
        return [cls, int, object] if cls.__name__ == "X" else type.mro(cls)
try:
    class X(metaclass=M2):
        pass
except TypeError as e:
    print(e)
class M3(type):
    def mro(cls):
        return [1]
try:
    class Y(metaclass=M3): pass
except TypeError as e:
    print(e)
print(ExceptionGroup[int])
class Base: pass
class Other: pass
class FailMeta(type):
    def mro(cls):
        if getattr(cls, "fail", False):
            raise RuntimeError("no")
        return type.mro(cls)
class C(Base, metaclass=FailMeta): pass
C.fail = True
try:
    C.__bases__ = (Other,)
except RuntimeError as e:
    print("RuntimeError", e, C.__bases__)
