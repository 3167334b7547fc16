# Class and instance namespaces: __dict__, vars, __class__, __name__/__qualname__/__module__, __doc__, type attrs.
class Base:
    """Base doc."""
    shared = []
    def method(self):
        return "method"
class Child(Base):
    extra = 1

print(sorted(k for k in Base.__dict__ if not k.startswith("__")), sorted(k for k in Child.__dict__ if not k.startswith("__")))
print(type(Base.__dict__).__name__, Base.__dict__["shared"] is Base.shared, "method" in Child.__dict__)
try:
    Base.__dict__["new"] = 1
except TypeError as e:
    print(type(e).__name__, e)

c = Child()
print(vars(c), c.__dict__ is vars(c), c.__class__ is Child, type(c) is c.__class__)
c.__dict__["injected"] = "via dict"
print(c.injected, vars(c))
c.__dict__ = {"replaced": True}
print(vars(c))
try:
    c.__dict__ = [1]
except TypeError as e:
    print(type(e).__name__, e)

# __class__ assignment between compatible classes
class Cat:
    def speak(self):
        return "meow"
class Dog:
    def speak(self):
        return "woof"
pet = Cat()
pet.__class__ = Dog
print(pet.speak(), type(pet).__name__)
try:
    pet.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)

# shared mutable class attributes
a, b = Base(), Base()
a.shared.append("from a")
print(b.shared, Base.shared)
a.shared = ["own list"]
print(a.shared, b.shared)

print(Child.__name__, Child.__qualname__, Child.__module__, Child.__doc__, Base.__doc__)
Child.__name__ = "Renamed"
print(Child.__name__, Child.__qualname__, repr(Child))
try:
    Child.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)

print(vars(Base) is not None, "__weakref__" in Base.__dict__, "__dict__" in Base.__dict__, "__dict__" in Child.__dict__)
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)

# adding and removing methods at runtime
def added(self):
    return "added later"
Base.added = added
print(c.added(), hasattr(Child, "added"))
del Base.added
print(hasattr(c, "added"))

# dir of instances includes class attributes
print([n for n in dir(Child()) if not n.startswith("__")])

# type attributes that are read-only
for attr, value in [("__module__", "m"), ("__doc__", "d")]:
    setattr(Base, attr, value)
print(Base.__module__, Base.__doc__)
try:
    int.new_attr = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
