# A mixin before a built-in base: the built-in's own slots (__init__, __getattribute__,
# ...) win over the object ones the mixin inherited (update_one_slot).
class Mixin:
    def hello(self):
        return "hi " + type(self).__name__
class L(Mixin, list):
    pass
l = L([1, 2, 3])
print(l, len(l), l.hello(), l == [1, 2, 3])
class D(Mixin, dict):
    pass
d = D(a=1)
print(d, d["a"], d.hello())
class E(Mixin, Exception):
    pass
e = E("x", 2)
print(e.args, str(e))
class Meta(Mixin, type):
    pass
C = Meta("C", (), {"x": 1})
print(C.x, C.__name__, C.hello())
class Root:
    pass
class Base(Root):
    pass
class Sub(Base):
    def meth(self):
        return "meth"
class Other:
    def meth(self):
        return "other"
Base.__bases__ = (Other,)
print(Sub().meth(), [k.__name__ for k in Sub.__mro__])
class Leaf(Base):
    pass
Base.__bases__ = (Root,)
Base2 = type("Base2", (), {"meth": lambda self: "from Base2"})
Base.__bases__ = (Base2,)
print(Leaf().meth(), [k.__name__ for k in Leaf.__mro__])
print(Base in Other.__subclasses__(), Base in Base2.__subclasses__())
