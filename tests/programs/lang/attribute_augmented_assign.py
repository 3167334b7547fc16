# Augmented assignment on attributes and subscripts through properties, descriptors and dunder hooks.
log = []
class Traced:
    def __init__(self):
        object.__setattr__(self, "data", {"v": 1})
    def __getattr__(self, name):
        log.append(f"get {name}")
        return self.data[name]
    def __setattr__(self, name, value):
        log.append(f"set {name}={value}")
        self.data[name] = value
t = Traced()
t.v += 10
print(t.data, log); log.clear()

class Prop:
    def __init__(self):
        self._x = 1
    @property
    def x(self):
        log.append("getter")
        return self._x
    @x.setter
    def x(self, value):
        log.append(f"setter({value})")
        self._x = value
p = Prop()
p.x += 5
p.x *= 2
print(p.x, log); log.clear()

class Container:
    def __init__(self):
        self.items = {"a": [1]}
    def __getitem__(self, key):
        log.append(f"getitem {key}")
        return self.items[key]
    def __setitem__(self, key, value):
        log.append(f"setitem {key}={value}")
        self.items[key] = value
c = Container()
c["a"] += [2]
print(c.items, log); log.clear()

# in-place on a list element inside a tuple: the mutation happens, then the assignment fails
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print(type(e).__name__, e, tup)

# the object expression and the key are evaluated once
def obj():
    log.append("obj()")
    return c
def key():
    log.append("key()")
    return "a"
obj()[key()] += [3]
print(log); log.clear()

# augmented assignment with __iadd__ returning a different object
class Weird:
    def __iadd__(self, other):
        return "replaced by __iadd__"
class Holder:
    pass
h = Holder()
h.w = Weird()
h.w += 1
print(h.w)

# augmented assignment on class attributes from instances creates instance attributes
class Counter:
    count = 0
inst = Counter()
inst.count += 1
print(inst.count, Counter.count, vars(inst))

# nested targets
data = {"list": [0, 0], "obj": Holder()}
data["list"][1] += 7
data["obj"].n = 1
data["obj"].n -= 3
print(data["list"], data["obj"].n)
s = "abc"
s += "d"
s *= 2
print(s)
