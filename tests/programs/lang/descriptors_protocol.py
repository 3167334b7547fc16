# Descriptors: __get__/__set__/__delete__, data vs non-data precedence, __set_name__.
class Verbose:
    def __set_name__(self, owner, name):
        print(f"  __set_name__({owner.__name__}, {name!r})")
        self.name = name
        self.storage = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return f"descriptor {self.name} accessed on class {objtype.__name__}"
        return getattr(obj, self.storage, "unset")
    def __set__(self, obj, value):
        print(f"  __set__ {self.name} = {value!r}")
        setattr(obj, self.storage, value)
    def __delete__(self, obj):
        print(f"  __delete__ {self.name}")
        delattr(obj, self.storage)

print("defining Model")
class Model:
    first = Verbose()
    second = Verbose()
print(Model.first)
m = Model()
print(m.first)
m.first = 10
print(m.first, m.__dict__)
del m.first
print(m.first)

# data descriptor beats the instance dict; non-data descriptor loses to it
class NonData:
    def __get__(self, obj, objtype=None):
        return "from non-data descriptor"
class Data:
    def __get__(self, obj, objtype=None):
        return "from data descriptor"
    def __set__(self, obj, value):
        raise AttributeError("read-only data descriptor")
class Host:
    nd = NonData()
    d = Data()
h = Host()
print(h.nd, h.d)
h.__dict__["nd"] = "instance dict wins over non-data"
h.__dict__["d"] = "instance dict loses to data"
print(h.nd, h.d)
try:
    h.d = 1
except AttributeError as e:
    print(type(e).__name__, e)

# functions are non-data descriptors
def free(self):
    return f"bound to {type(self).__name__}"
bound = free.__get__(h, Host)
print(bound(), free.__get__(None, Host) is free)

# validating descriptor with __set_name__
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__[self.name]
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        obj.__dict__[self.name] = value
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("Ann", 30)
print(p.name, p.age, vars(p))
try:
    p.age = "old"
except TypeError as e:
    print(type(e).__name__, e)
print(type(Person.age).__name__, Person.age.name)

# __set_name__ is only called at class creation
class Late:
    pass
Late.attr = Verbose()
print(hasattr(Late.__dict__["attr"], "name"))

# descriptors on the metaclass level: looked up on type(obj)
class Counter:
    def __init__(self):
        self.calls = 0
    def __get__(self, obj, objtype=None):
        self.calls += 1
        return self.calls
class UsesCounter:
    hits = Counter()
u = UsesCounter()
print(u.hits, u.hits, UsesCounter.hits)

# an error in __set_name__ is reported with a note? (wrapped in 3.11: RuntimeError)
class BadSetName:
    def __set_name__(self, owner, name):
        raise ValueError("bad name")
try:
    class Broken:
        x = BadSetName()
except Exception as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))
