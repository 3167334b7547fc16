# Attribute access hooks: __getattr__ (only for missing), __getattribute__ (always), __setattr__,
# __delattr__, object.__setattr__ bypass, __dir__, AttributeError messages, hasattr/getattr defaults.
class Lazy:
    def __init__(self):
        self.real = "real value"
    def __getattr__(self, name):
        if name.startswith("computed_"):
            return name[9:].upper()
        raise AttributeError("%r has no %r" % (type(self).__name__, name))
z = Lazy()
print(z.real, z.computed_abc, hasattr(z, "computed_x"), hasattr(z, "nope"), getattr(z, "nope", "default"))
try:
    z.nope
except AttributeError as e:
    print(type(e).__name__, e)
class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        if name != "log":
            self.log.append("get " + name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        self.log.append("set " + name)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)
    def method(self):
        return "m"
l = Logged()
l.x = 1
print(l.x, l.method())
del l.x
try:
    l.x
except AttributeError as e:
    print(type(e).__name__, e)
print(l.log)
class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, name, value):
        raise AttributeError("Frozen is immutable: " + name)
    def __delattr__(self, name):
        raise AttributeError("cannot delete " + name)
f = Frozen(3)
for op in (lambda: setattr(f, "v", 4), lambda: delattr(f, "v"), lambda: setattr(f, "w", 1)):
    try:
        op()
    except AttributeError as e:
        print(type(e).__name__, e)
print(f.v)
class Both:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("from getattribute")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback for " + name
print(Both().boom, Both().missing)
class Dir:
    def __dir__(self):
        return ["z", "a", "m"]
print(dir(Dir()))
class P:
    pass
p = P()
setattr(p, "dyn", 5)
setattr(p, "with space", 6)
print(p.dyn, getattr(p, "with space"), vars(p), sorted(p.__dict__))
delattr(p, "dyn")
print(vars(p))
for op in (lambda: getattr(p, 5), lambda: setattr(p, 5, 1), lambda: delattr(p, "nothing"), lambda: getattr(p, "nothing")):
    try:
        op()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
p.__dict__["direct"] = 1
print(p.direct)
p.__dict__ = {"replaced": True}
print(vars(p))
class RaiseOther:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    hasattr(RaiseOther(), "x")
except KeyError as e:
    print(type(e).__name__, e)
print(getattr(RaiseOther, "__name__"), getattr(1, "real"), getattr("s", "upper")())
