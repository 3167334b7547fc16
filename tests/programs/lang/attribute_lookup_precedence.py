# Attribute lookup precedence: data descriptors on the type, instance __dict__, non-data descriptors and class
# attributes, metaclass attributes for classes, then __getattr__.
log = []
class DataDesc:
    def __init__(self, tag):
        self.tag = tag
    def __get__(self, obj, objtype=None):
        return f"data descriptor {self.tag}"
    def __set__(self, obj, value):
        log.append(f"DataDesc.__set__ {value!r}")
class NonDataDesc:
    def __init__(self, tag):
        self.tag = tag
    def __get__(self, obj, objtype=None):
        return f"non-data descriptor {self.tag}"

class Meta(type):
    meta_attr = "from the metaclass"
    both = "metaclass value"
    meta_data = DataDesc("on the metaclass")

class C(metaclass=Meta):
    a = DataDesc("a")
    b = NonDataDesc("b")
    c = "plain class attribute"
    both = "class value"
    def __getattr__(self, name):
        return f"__getattr__({name})"

obj = C()
obj.__dict__.update(a="instance a", b="instance b", c="instance c")
print(obj.a)
print(obj.b)
print(obj.c)
print(obj.missing)
obj.a = "assigned"
print(log, obj.__dict__["a"])

# on the class itself: the metaclass is the type
print(C.a, C.b, C.c, sep=" | ")
print(C.meta_attr, "|", C.both, "|", C.meta_data)
try:
    obj.meta_attr
except AttributeError as e:
    print("instances do not see metaclass attributes:", e)
else:
    print("instance lookup of meta_attr went to __getattr__:", obj.meta_attr)

# inheritance order: the first class in the MRO that has the name wins, descriptors included
class Base:
    x = NonDataDesc("from Base")
    y = "Base.y"
class Mid(Base):
    x = "Mid.x plain attribute"
class Leaf(Mid):
    pass
print(Leaf().x, Leaf().y, Leaf.x)

# __getattribute__ overrides everything, __getattr__ runs only on AttributeError
class Override:
    attr = "class attr"
    def __getattribute__(self, name):
        if name == "attr":
            return "from __getattribute__"
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"fallback {name}"
o = Override()
o.__dict__["attr"] = "instance"
print(o.attr, o.other)

# special method lookup skips the instance and __getattr__
class Special:
    def __len__(self):
        return 3
    def __getattr__(self, name):
        return lambda: 99
s = Special()
s.__dict__["__len__"] = lambda: 100
print(len(s), s.__len__(), s.__iter__())
