# User descriptors: data vs non-data precedence over the instance __dict__, __set_name__,
# __get__ with instance None (class access), __delete__, and descriptors implemented as classes
# with validation.
class Typed:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __init__(self, kind):
        self.kind = kind
    def __get__(self, obj, objtype=None):
        if obj is None:
            return "descriptor on " + objtype.__name__
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s" % (self.name[1:], self.kind.__name__))
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("delete", self.name)
        delattr(obj, self.name)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("Ann", 30)
print(p.name, p.age, Person.name, sorted(vars(p)))
try:
    p.age = "old"
except TypeError as e:
    print(type(e).__name__, e)
del p.age
print(p.age)
p.__dict__["name"] = "shadow"
print(p.name)
class NonData:
    def __get__(self, obj, objtype=None):
        return "from non-data"
class Holder:
    attr = NonData()
h = Holder()
print(h.attr)
h.attr = "instance wins"
print(h.attr, Holder.attr)
del h.attr
print(h.attr)
class ReadOnly:
    def __get__(self, obj, objtype=None):
        return 42
    def __set__(self, obj, value):
        raise AttributeError("read-only")
class R:
    x = ReadOnly()
r = R()
try:
    r.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
r.__dict__["x"] = "ignored"
print(r.x)
class Counter:
    def __init__(self):
        self.gets = 0
    def __get__(self, obj, objtype=None):
        self.gets += 1
        return self.gets
class C:
    hits = Counter()
c = C()
print(c.hits, c.hits, C.hits, C.__dict__["hits"].gets)
class Method:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return lambda *a: self.f(obj, *a)
class UsesMethod:
    @Method
    def double(self, x):
        return x * 2
print(UsesMethod().double(21), type(UsesMethod.double).__name__)
class Late:
    pass
d = Typed(int)
Late.val = d
try:
    Late().val = 1
except AttributeError as e:
    print(type(e).__name__, e)
d.__set_name__(Late, "val")
l = Late()
l.val = 7
print(l.val)
class BadSetName:
    def __set_name__(self, owner, name):
        raise ValueError("refused " + name)
try:
    class Fails:
        attr = BadSetName()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)
