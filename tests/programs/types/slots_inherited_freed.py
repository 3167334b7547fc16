# The __slots__ values a class inherits from its bases are released with the instance and
# seen by the cycle collector (subtype_dealloc clears every base's slots), for subclasses that
# add a __dict__, add slots of their own, or add nothing.
import gc

class Counted(object):
    counter = 0
    def __init__(self):
        Counted.counter += 1
    def __del__(self):
        Counted.counter -= 1

class C(object):
    __slots__ = ['a', 'b', 'c']
x = C()
x.a, x.b, x.c = Counted(), Counted(), Counted()
print("C", Counted.counter, end=" ")
del x
print(Counted.counter)

class D(C):
    pass
x = D()
x.a = Counted()
x.z = Counted()
print("D", Counted.counter, end=" ")
del x
print(Counted.counter)

class E(D):
    __slots__ = ['e']
x = E()
x.a, x.z, x.e = Counted(), Counted(), Counted()
print("E", Counted.counter, end=" ")
del x
print(Counted.counter)

class F(C):
    __slots__ = ()
x = F()
x.b = Counted()
print("F", Counted.counter, end=" ")
del x
print(Counted.counter)

# Cycles through inherited slots are found by the collector.
for cls in (C, D, E, F):
    s = cls()
    s.a = [Counted(), s]
    s = None
    print(cls.__name__, "cycle", Counted.counter, end=" ")
    gc.collect()
    print(Counted.counter)

# Deep chains.
class G(E):
    __slots__ = ['g']
class H(G):
    pass
h = H()
h.a, h.e, h.g, h.h = Counted(), Counted(), Counted(), Counted()
h.c = [h]
print("H", Counted.counter, end=" ")
del h
gc.collect()
print(Counted.counter)
