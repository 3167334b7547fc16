# __dict__/__weakref__ from a secondary base; `del obj.__dict__`; E() == E() with a
# broken __eq__ property compares by identity (slot_tp_richcompare clears the error).
import weakref
class A(object):
    __slots__ = ()
class B(object):
    pass
class C(A, B):
    __slots__ = ()
c = C()
c.x = 2
print(hasattr(C, "__dict__"), hasattr(C, "__weakref__"), c.x, weakref.ref(c)() is c)

class D:
    pass
d = D()
d.a = 1
del d.__dict__
print(d.__dict__)
d.b = 2
print(d.__dict__)

def booh(self):
    raise AttributeError("booh")
class E:
    __eq__ = property(booh)
e = E()
print(E() == E(), e == e, E() != E())
