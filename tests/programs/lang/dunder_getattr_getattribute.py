# Attribute hooks: __getattr__ (fallback), __getattribute__ (always), __setattr__, __delattr__, __dir__.
class Fallback:
    existing = "class attribute"
    def __init__(self):
        self.instance_attr = "instance attribute"
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return f"dynamic {name[4:]}"
        raise AttributeError(f"{type(self).__name__!r} has no {name!r} (custom message)")
f = Fallback()
print(f.existing, f.instance_attr, f.dyn_color)
try:
    f.other
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(f, "dyn_x"), getattr(f, "nope", "default"), hasattr(f, "nope"), hasattr(f, "dyn_y"))

class Everything:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        log = object.__getattribute__(self, "log")
        log.append(name)
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"fallback for {name}"
    def method(self):
        return "method result"
e = Everything()
print(e.secret, e.method(), e.missing)
print(object.__getattribute__(e, "log"))

class Recorder:
    def __setattr__(self, name, value):
        print(f"  set {name} = {value!r}")
        if name == "readonly":
            raise AttributeError(f"cannot set {name}")
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print(f"  del {name}")
        super().__delattr__(name)
r = Recorder()
r.x = 1
r.x += 1
print(r.x, vars(r))
try:
    r.readonly = 5
except AttributeError as err:
    print(type(err).__name__, err)
del r.x
try:
    del r.x
except AttributeError as err:
    print(type(err).__name__, err)
setattr(r, "via_setattr", 3)
delattr(r, "via_setattr")

class Listing:
    def __dir__(self):
        return ["b", "a", "c"]
print(dir(Listing()))

# getattr with a non-string name
try:
    getattr(f, 5)
except TypeError as err:
    print(type(err).__name__, err)

# special method lookup bypasses __getattr__ and __getattribute__ on the instance
class Sneaky:
    def __getattr__(self, name):
        return lambda *a: "from __getattr__"
s = Sneaky()
print(s.__len__())
try:
    len(s)
except TypeError as err:
    print(type(err).__name__, err)

# a proxy forwarding to a wrapped object
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattr__(self, name):
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        setattr(self._target, name, value)
class Target:
    def __init__(self):
        self.v = 1
t = Target()
p = Proxy(t)
p.v = 99
print(t.v, p.v, "v" in vars(p))

# AttributeError raised inside __getattribute__ triggers __getattr__
class Chain:
    def __getattribute__(self, name):
        if name == "gone":
            raise AttributeError("from __getattribute__")
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f"__getattr__ rescued {name}"
print(Chain().gone)

# the AttributeError message for instances, classes and modules
import sys
for obj, name in [(1, "nope"), (int, "nope"), (sys, "nope"), (None, "nope"), ("s", "uper")]:
    try:
        getattr(obj, name)
    except AttributeError as err:
        print(type(err).__name__, err, "| name:", err.name, "| obj is target:", err.obj is obj)
