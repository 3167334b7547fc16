# Object-core details from test_descr: a built-in __new__ stored in a class dict, __mro__
# while a metaclass's mro() runs, builtin method equality, classmethod/staticmethod
# attribute copies, type.__doc__ as a descriptor.

# `__new__ = list.__new__` keeps the inherited tp_new (update_one_slot's special case).
class C(object):
    __new__ = list.__new__
print(type(C()).__name__)
class L(list):
    __new__ = object.__new__
print(type(L()).__name__)

# __mro__ is None while the metaclass's mro() computes it; the class cannot be extended.
class M(type):
    def mro(cls):
        print("mro of", cls.__name__, cls.__mro__)
        if cls.__name__ == "A":
            try:
                class X(cls):
                    pass
            except TypeError as e:
                print("TypeError:", e)
            try:
                super(cls, cls).xxx
            except AttributeError as e:
                print("AttributeError:", e)
        return type.mro(cls)
class A(metaclass=M):
    pass
print(A.__mro__ == (A, object))

# Bound built-in methods and method-wrappers compare by (self identity, function).
l = []
print(l.append == l.append, l.append != l.append, [].append == [].append)
print(hash(l.append) == hash(l.append), l.__add__ == l.__add__, l.__add__ == [].__add__)
print(len == len, {l.append: 1}[l.append])

# type.__abstractmethods__ is not type's own descriptor.
try:
    type.__abstractmethods__
except AttributeError as e:
    print("AttributeError:", e)

# classmethod/staticmethod copy the callable's attributes into their __dict__.
def f(x):
    "f docstring"
cm = classmethod(f)
print(cm.__dict__)
print(staticmethod(len).__dict__)
print(staticmethod(None).__dict__, cm.__name__, cm.__doc__)

# type.__doc__ is a getset: immutable types refuse it.
print(type(type.__dict__["__doc__"]).__name__, type.__doc__.splitlines()[0])
class D:
    "elephant"
D.__doc__ = "banana"
print(D.__doc__)
try:
    type(list).__dict__["__doc__"].__set__(list, "blah")
except TypeError as e:
    print("TypeError:", e)
try:
    type(D).__dict__["__doc__"].__delete__(D)
except TypeError as e:
    print("TypeError:", e)
