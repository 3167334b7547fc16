# Classes: definition, instances, class vs instance attributes, methods, __init__, identity of methods.
class Dog:
    species = "canis familiaris"
    count = 0

    def __init__(self, name, age=1):
        self.name = name
        self.age = age
        Dog.count += 1

    def describe(self):
        return f"{self.name} is {self.age}"

    def birthday(self):
        self.age += 1
        return self

rex = Dog("Rex", 3)
fido = Dog("Fido")
print(rex.describe(), fido.describe(), Dog.count)
print(rex.species, fido.species, Dog.species)
rex.species = "changed on the instance"
print(rex.species, fido.species, Dog.species)
del rex.species
print(rex.species)
print(rex.birthday().birthday().describe())

# methods: bound, unbound (plain function), __self__, __func__
m = rex.describe
print(m(), Dog.describe(fido), m.__self__ is rex, m.__func__ is Dog.describe)
print(type(m).__name__, type(Dog.describe).__name__, rex.describe == rex.describe, rex.describe is rex.describe)

# instance dict and class dict
print(sorted(vars(rex)), "describe" in Dog.__dict__, "describe" in rex.__dict__)
rex.__dict__["trick"] = "sit"
print(rex.trick)

# class attributes added later are visible through instances
Dog.legs = 4
print(fido.legs)
def bark(self):
    return f"{self.name} says woof"
Dog.bark = bark
print(rex.bark())

# attributes on an instance that shadow methods
fido.describe = lambda: "instance attribute wins"
print(fido.describe(), Dog.describe(fido))

# the class statement evaluates its body once, in order
order = []
class Ordered:
    order.append("first")
    a = 1
    order.append("second")
    b = a + 1
print(order, Ordered.b)

class Empty:
    pass
e = Empty()
print(type(e).__name__, type(e) is Empty, isinstance(e, Empty), isinstance(e, object))
print(Empty.__name__, Empty.__qualname__, Empty.__module__, Empty.__bases__)

def make_class():
    class Local:
        def method(self):
            return "local method"
    return Local
L = make_class()
print(L.__qualname__, L().method(), L.method.__qualname__)

try:
    rex.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Dog.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Dog()
except TypeError as e:
    print(type(e).__name__, e)

class ReturnsValue:
    def __init__(self):
        return 1
try:
    ReturnsValue()
except TypeError as e:
    print(type(e).__name__, e)
