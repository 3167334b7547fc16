# type objects: __name__/__qualname__/__module__/__bases__/__mro__/__dict__ (mappingproxy)/
# __subclasses__/__doc__, type(x), type(name, bases, dict), isinstance/issubclass with tuples, and
# writable __name__/__qualname__/__bases__ rules.
def err(f, *a):
    try:
        r = f(*a)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("ok", repr(r))

class Animal:
    "An animal."
    legs = 4
    def speak(self):
        return "..."
class Dog(Animal):
    def speak(self):
        return "woof"
class Puppy(Dog):
    pass
print(Dog.__name__, Dog.__qualname__, Dog.__module__, Dog.__bases__, Dog.__base__, Dog.__doc__, Animal.__doc__)
print(Puppy.__mro__, Puppy.mro(), [c.__name__ for c in Animal.__subclasses__()], Dog.__subclasses__())
print(type(Dog.__dict__).__name__, sorted(k for k in Dog.__dict__ if not k.startswith("__")), "legs" in Animal.__dict__, Dog.__dict__.get("legs"))
print(type(Dog), type(type), type(Dog()).__name__, type(3), type("s") is str, type(None).__name__, type(type(None)).__name__)
print(isinstance(Puppy(), Animal), isinstance(3, (str, int)), isinstance(3, (str, (list, int))), issubclass(Puppy, (int, Dog)), issubclass(bool, int))
err(isinstance, 3, 5)
err(issubclass, 3, int)
err(issubclass, int, (int, 5))
Made = type("Made", (Dog,), {"x": 1, "speak": lambda self: "made"})
m = Made()
print(Made.__name__, Made.__qualname__, Made.__module__, Made.__bases__, m.speak(), m.x, m.legs, isinstance(m, Animal))
Empty = type("Empty", (), {})
print(Empty.__bases__, Empty.__mro__, type(Empty()).__name__)
err(type, "X", (5,), {})
err(type, "X", (), [])
err(type, 5, (), {})
err(type, "X", (bool,), {})
err(type)
err(type, 1, 2)
Dog.__name__ = "Hound"
Dog.__qualname__ = "Kennel.Hound"
print(Dog.__name__, Dog.__qualname__, Puppy.__mro__[1].__name__)
err(setattr, Dog, "__name__", 5)
err(setattr, int, "__name__", "integer")
err(setattr, int, "x", 1)
err(setattr, Dog, "__mro__", ())
Dog.new_attr = "added"
print(Puppy.new_attr, Puppy().new_attr, hasattr(Animal, "new_attr"))
del Dog.new_attr
err(getattr, Puppy, "new_attr")
err(delattr, Dog, "nothing")
class Base1:
    pass
class Base2:
    pass
class Multi(Base1):
    pass
Multi.__bases__ = (Base2,)
print(Multi.__mro__[1].__name__, issubclass(Multi, Base1), issubclass(Multi, Base2))
print(int.__dict__["__add__"].__name__, type(int.__dict__["__add__"]).__name__, type(object.__dict__["__class__"]).__name__)
print(callable(Dog), Dog.__call__ is not None, type.__call__(Animal).legs, Animal.__instancecheck__(Dog()), Animal.__subclasscheck__(Puppy))
print(type.__mro__, type.__bases__, isinstance(type, object), isinstance(object, type), issubclass(type, object))
def inconsistent():
    class X:
        pass
    class Y(X):
        pass
    class Z(X, Y):
        pass
err(inconsistent)
err(type, "D", (int, str), {})
print(Puppy.speak(Puppy()), Animal.speak.__qualname__, Puppy.speak.__qualname__, vars(Animal)["legs"])
