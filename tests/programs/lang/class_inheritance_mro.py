# Inheritance: overriding, MRO of diamonds (C3), isinstance/issubclass, errors for bad hierarchies.
class A:
    def who(self):
        return "A"
    def greet(self):
        return f"hello from {self.who()}"
class B(A):
    def who(self):
        return "B"
class C(A):
    def who(self):
        return "C"
class D(B, C):
    pass
print(D().greet(), [k.__name__ for k in D.__mro__])
print(D.__bases__, D.__base__, B.__bases__, A.__bases__)
print(issubclass(D, A), issubclass(A, D), isinstance(D(), C), issubclass(D, (int, C)), issubclass(bool, int))
print([k.__name__ for k in D.mro()])

class E(C, B):
    pass
print([k.__name__ for k in E.__mro__])

class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class W(K1, K2, K3): pass
print([k.__name__ for k in W.__mro__])

try:
    class Bad(X, K1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup(X, X):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class FromInstance(3):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# attribute lookup follows the MRO, class attributes too
class Base:
    value = "base"
    def get(self):
        return self.value
class Mid(Base):
    value = "mid"
class Leaf(Mid):
    pass
print(Leaf().get(), Leaf.value)
Mid.value = "changed mid"
print(Leaf().get())
del Mid.value
print(Leaf().get())

# __subclasses__ and __init_subclass__ hooks are not involved here
print(sorted(c.__name__ for c in A.__subclasses__()))

# inheriting from builtins
class MyList(list):
    def total(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.total(), type(ml).__name__, isinstance(ml, list), len(ml), ml[1:])
class MyDict(dict):
    pass
md = MyDict(a=1)
md["b"] = 2
print(md, type(md).__name__)
class MyInt(int):
    def double(self):
        return self * 2
print(MyInt(21).double(), type(MyInt(21) + 1).__name__, MyInt("7"))
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
print(MyStr("hey").shout(), repr(MyStr("x")), MyStr("a") == "a")

try:
    class NotBase(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
