# object: the base class's default methods: __eq__/__ne__ (identity), __hash__, __str__ -> __repr__,
# __format__ with empty spec only, __init__/__new__ argument checks, __dir__, __class__ assignment,
# __sizeof__, __init_subclass__, __subclasshook__, attribute errors on bare object().
def err(f, *a):
    try:
        r = f(*a)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("ok", repr(r))

o = object()
print(type(o).__name__, o == o, o != o, o == object(), o.__eq__(o), o.__eq__(1), o.__ne__(o), object.__ne__(o, 1))
print(hash(o) == hash(o), object.__hash__(o) == hash(o), str(o) == repr(o), format(o, "") == str(o), o.__sizeof__() > 0)
print(object.__bases__, object.__mro__, object.__base__, type(object).__name__, object.__name__, object.__qualname__, object.__module__)
err(setattr, o, "x", 1)
err(getattr, o, "x")
err(format, o, "d")
err(object, 1)
err(object.__new__, 5)
err(object.__init__, o, 1)
err(lambda: o < o)
err(lambda: o + o)
err(lambda: o())
err(lambda: o[0])
err(len, o)
err(iter, o)
class A:
    pass
class B:
    pass
a = A()
a.x = 1
print(sorted(a.__dict__), a.__class__.__name__, isinstance(a, object), A.__bases__, A.__base__ is object)
a.__class__ = B
print(type(a).__name__, isinstance(a, B), a.x)
err(setattr, a, "__class__", int)
err(setattr, 5, "__class__", B)
print(sorted(d for d in dir(o)) == sorted(object.__dir__(o)), "__repr__" in dir(o), "__dict__" in dir(a), "__dict__" in dir(o))
class WithArgs:
    def __init__(self, v):
        self.v = v
w = WithArgs(3)
print(w.v)
err(WithArgs)
err(WithArgs, 1, 2)
class OnlyNew:
    def __new__(cls, *args):
        inst = super().__new__(cls)
        inst.args = args
        return inst
print(OnlyNew(1, 2).args)
class Eq:
    def __eq__(self, other):
        return True
e1 = Eq()
print(e1 == 1, e1 != 1, Eq.__hash__, Eq.__ne__ is object.__ne__)
err(hash, e1)
class Sub:
    seen = []
    def __init_subclass__(cls, **kw):
        Sub.seen.append((cls.__name__, kw))
class S1(Sub, tag="one"):
    pass
class S2(S1):
    pass
print(Sub.seen)
err(type, "Bad", (A,), {"__init_subclass__": None}) if False else None
class P:
    __slots__ = ()
err(setattr, P(), "y", 1)
print(object.__subclasshook__(int), object.__reduce_ex__(o, 2)[0].__name__ if False else "", object.__init_subclass__() is None)
print(o.__class__ is object, o.__doc__ == object.__doc__, type(object.__dict__).__name__, "__init__" in object.__dict__)
