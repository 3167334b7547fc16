# A dunder set or deleted on a class reaches the slots of every class below it
# (update_slot -> update_subclasses), through diamonds too.
class A(object):
    pass
class B(A):
    pass
class C(A):
    pass
class D(B, C):
    pass

d = D()
orig_hash = hash(d)

def show(what):
    try:
        print(what, hash(d) == orig_hash or hash(d))
    except TypeError as e:
        print(what, "TypeError", e)

A.__hash__ = lambda self: 42
show("A")
C.__hash__ = lambda self: 314
show("C")
B.__hash__ = lambda self: 144
show("B")
D.__hash__ = lambda self: 100
show("D")
D.__hash__ = None
show("D None")
del D.__hash__
show("del D")
B.__hash__ = None
show("B None")
del B.__hash__
show("del B")
C.__hash__ = None
show("C None")
del C.__hash__
show("del C")
A.__hash__ = None
show("A None")
del A.__hash__
show("del A")

d.foo = 42
d.bar = 42
def __getattribute__(self, name):
    if name == "foo":
        return 24
    return object.__getattribute__(self, name)
A.__getattribute__ = __getattribute__
print(d.foo, d.bar)
def __getattr__(self, name):
    if name in ("spam", "foo", "bar"):
        return "hello"
    raise AttributeError(name)
B.__getattr__ = __getattr__
print(d.spam, d.foo, d.bar)
del A.__getattribute__
print(d.foo)
del d.foo
print(d.foo, d.bar)
del B.__getattr__
try:
    d.spam
except AttributeError as e:
    print("AttributeError", e)

# Operators and len() of instances of subclasses made before the dunder.
class Base:
    pass
class Mid(Base):
    pass
class Leaf(Mid):
    pass
x = Leaf()
Base.__add__ = lambda self, o: "Base.add"
Base.__len__ = lambda self: 3
Mid.__add__ = lambda self, o: "Mid.add"
print(x + 1, len(x))
del Mid.__add__
print(x + 1)
del Base.__add__
try:
    x + 1
except TypeError as e:
    print("TypeError", e)
