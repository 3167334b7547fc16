# super(): zero-arg and two-arg forms, cooperative multiple inheritance along the MRO, super in
# classmethods and properties, super() attribute errors and repr-free introspection.
class Base:
    def __init__(self):
        print("Base.__init__")
        self.trail = ["Base"]
    def hello(self):
        return "Base.hello"
    @classmethod
    def create(cls):
        return "Base.create(" + cls.__name__ + ")"
    @property
    def prop(self):
        return "Base.prop"
class Left(Base):
    def __init__(self):
        print("Left.__init__")
        super().__init__()
        self.trail.append("Left")
    def hello(self):
        return "Left>" + super().hello()
class Right(Base):
    def __init__(self):
        print("Right.__init__")
        super().__init__()
        self.trail.append("Right")
    def hello(self):
        return "Right>" + super().hello()
class Child(Left, Right):
    def __init__(self):
        print("Child.__init__")
        super().__init__()
        self.trail.append("Child")
    def hello(self):
        return "Child>" + super().hello()
    @classmethod
    def create(cls):
        return "Child.create>" + super().create()
    @property
    def prop(self):
        return "Child.prop>" + super().prop
c = Child()
print(c.trail, c.hello(), Child.create(), c.prop)
print([k.__name__ for k in Child.__mro__])
print(super(Left, c).hello(), super(Right, c).hello(), super(Child, c).hello(), super(Base, c).__init__ is not None)
print(super(Child, Child).create(), super(Left, Child).hello(c))
s = super(Child, c)
print(type(s).__name__, s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__)
try:
    super(Base, c).hello()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    super(int, c)
except TypeError as e:
    print(type(e).__name__, e)
def outside():
    return super().x
try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print(D().who(), B().who(), [k.__name__ for k in D.mro()])
class Meta(type):
    def describe(cls):
        return "Meta.describe " + cls.__name__
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.describe(), type(WithMeta).__name__)
class Str(str):
    def upper(self):
        return "<" + super().upper() + ">"
print(Str("abc").upper(), super(Str, Str("q")).upper())
class Lst(list):
    def append(self, x):
        super().append(x * 2)
l = Lst()
l.append(5)
print(l)
class Late:
    def method(self):
        __class__
        return super().__repr__
print(callable(Late().method()))
