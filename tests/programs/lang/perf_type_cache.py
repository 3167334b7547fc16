# The type attribute cache and LOAD_ATTR/LOAD_METHOD/STORE_ATTR paths: class attributes
# changed after warm-up (on the class and on a base), __class__ assignment, __bases__
# assignment, __getattr__/__getattribute__ added later, instance attributes shadowing methods,
# descriptors replacing plain attributes.


class Base:
    kind = "base"

    def hello(self):
        return "Base.hello"


class Child(Base):
    pass


class Other:
    kind = "other"

    def hello(self):
        return "Other.hello"


def kind_of(o):
    return o.kind


def say(o):
    return o.hello()


c = Child()
for i in range(5):
    kind_of(c)
    say(c)
print(kind_of(c), say(c))

Base.kind = "base2"
print(kind_of(c))
Base.hello = lambda self: "patched Base.hello"
print(say(c))
Child.kind = "child"
print(kind_of(c))
del Child.kind
print(kind_of(c))

c.hello = lambda: "instance hello"
print(say(c))
del c.hello
print(say(c))

c.__class__ = Other
print(kind_of(c), say(c))
c.__class__ = Child
print(kind_of(c), say(c))


class A:
    x = "A.x"


class B:
    x = "B.x"


class C(A):
    pass


o = C()
for i in range(5):
    o.x
C.__bases__ = (B,)
print(o.x)


# __getattr__ added after warm-up: only called for missing attributes.
class G:
    def __init__(self):
        self.present = 1


g = G()
for i in range(5):
    try:
        g.missing
    except AttributeError as e:
        msg = str(e)
print(msg)
G.__getattr__ = lambda self, name: "getattr:" + name
print(g.missing, g.present)
del G.__getattr__
try:
    g.missing
except AttributeError as e:
    print("AttributeError:", e)


# __getattribute__ added after warm-up: called for every attribute.
def present(o):
    return o.present


for i in range(5):
    present(g)
G.__getattribute__ = lambda self, name: "getattribute:" + name
print(present(g))
del G.__getattribute__
print(present(g))


# A data descriptor added to the class takes precedence over the instance dict.
class P:
    pass


p = P()
p.v = "instance"
for i in range(5):
    p.v
P.v = property(lambda self: "property")
print(p.v)
del P.v
print(p.v)


# A non-data descriptor (a method) is shadowed by the instance dict.
class M:
    def m(self):
        return "method"


mm = M()
for i in range(5):
    mm.m()
mm.__dict__["m"] = lambda: "from dict"
print(mm.m())


# Float and int fast paths keep subclass behaviour.
class F(float):
    def __add__(self, other):
        return "F.__add__"

    def __lt__(self, other):
        return "F.__lt__"


def add(a, b):
    return a + b


def lt(a, b):
    return a < b


for i in range(5):
    add(1.5, 2.25)
    lt(1.5, 2.5)
print(add(1.5, 2.25), add(F(1.0), 2.0), lt(F(1.0), 2.0), lt(float("nan"), 1.0))
print(lt(1.0, float("nan")), float("nan") != float("nan"), 1.0 / 4.0)
try:
    add(1.0, 0.0) / 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)


# Unpacking: exact tuples/lists fast, subclasses iterate.
class T(tuple):
    def __iter__(self):
        return iter(("t1", "t2"))


class L(list):
    def __iter__(self):
        return iter(("l1", "l2"))


def unpack(v):
    a, b = v
    return a, b


for i in range(5):
    unpack((1, 2))
    unpack([3, 4])
print(unpack((1, 2)), unpack([3, 4]), unpack(T((5, 6))), unpack(L([7, 8])))
try:
    unpack((1, 2, 3))
except ValueError as e:
    print("ValueError:", e)
try:
    unpack([1])
except ValueError as e:
    print("ValueError:", e)
