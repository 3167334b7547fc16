# __slots__ names are laid out sorted (type_new_slots), so classes naming the same slots in
# another order share a layout: __class__ assignment between them keeps each value. The class
# dict lists the members sorted, then __dict__/__weakref__, then __doc__.
class G(object):
    __slots__ = ["a", "b"]
class H(object):
    __slots__ = ["b", "a"]
class I(object):
    __slots__ = ["a", "b", "__dict__"]
class J(object):
    __slots__ = ["__dict__", "b", "a"]

x = G()
x.a, x.b = 1, 2
x.__class__ = H
print(type(x).__name__, x.a, x.b)
x.__class__ = G
print(type(x).__name__, x.a, x.b)
y = I()
y.a, y.b, y.c = "a", "b", "c"
y.__class__ = J
print(type(y).__name__, y.a, y.b, y.c, y.__dict__)

class K(object):
    __slots__ = ["zeta", "b", "a", "__weakref__", "_x", "__y", "Alpha", "é"]
print(list(K.__dict__), K.__slots__)
print(list(I.__dict__), list(J.__dict__))
class L:
    pass
print(list(L.__dict__))
k = K()
k.zeta, k.a, k.Alpha, k.é = 1, 2, 3, 4
print(k.zeta, k.a, k.Alpha, k.é)
for name in ("b", "_x", "_K__y"):
    try:
        getattr(k, name)
    except AttributeError as e:
        print("AttributeError", e)
