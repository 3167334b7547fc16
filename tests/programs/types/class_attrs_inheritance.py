# Class vs instance attributes: lookup through the MRO, shadowing by instance attributes, mutating
# a shared mutable class attribute, assignment through instance creating an instance attribute,
# name mangling of __private names, and class attributes referencing each other in the body.
class Base:
    shared = []
    count = 0
    label = "base"
    def describe(self):
        return "%s/%s" % (type(self).__name__, self.label)
class Child(Base):
    label = "child"
class Grand(Child):
    pass
b, c, g = Base(), Child(), Grand()
print(b.describe(), c.describe(), g.describe(), Grand.label, Grand.__dict__.get("label"))
b.shared.append("from b")
c.shared.append("from c")
print(Base.shared, g.shared, b.shared is Grand.shared)
b.count += 1
print(b.count, Base.count, c.count, sorted(vars(b)))
Base.count = 10
print(b.count, c.count, g.count)
g.label = "instance"
print(g.describe(), Grand.label, Child.label)
del g.label
print(g.describe())
Child.label = "changed"
print(g.describe(), c.describe(), b.describe())
del Child.label
print(g.describe(), c.describe())
class Secret:
    __hidden = "mangled"
    def reveal(self):
        return self.__hidden
    def set_it(self, v):
        self.__value = v
s = Secret()
s.set_it(5)
print(s.reveal(), sorted(vars(s)), hasattr(s, "__value"), s._Secret__value, Secret._Secret__hidden)
try:
    Secret.__hidden
except AttributeError as e:
    print(type(e).__name__, e)
class SubSecret(Secret):
    __hidden = "sub"
    def sub_reveal(self):
        return self.__hidden
ss = SubSecret()
print(ss.reveal(), ss.sub_reveal())
class Body:
    a = 1
    b = a + 1
    items = [a, b]
    squares = [x * x for x in range(3)]
    try:
        bad = [a for _ in range(1)]
    except NameError as e:
        err = str(e)
print(Body.b, Body.items, Body.squares, Body.err)
class Counter:
    instances = 0
    def __init__(self):
        type(self).instances += 1
class SubCounter(Counter):
    pass
Counter(); Counter(); SubCounter()
print(Counter.instances, SubCounter.instances)
class Dunder:
    __not_mangled__ = 1
print(Dunder.__not_mangled__, [k for k in vars(Dunder) if "mangled" in k])
