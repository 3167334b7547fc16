# __new__ and __init__: allocation vs initialization, returning other objects, immutables; __del__ timing.
import gc

class Traced:
    def __new__(cls, *args):
        print(f"  __new__({cls.__name__}, {args})")
        return super().__new__(cls)
    def __init__(self, value):
        print(f"  __init__({value})")
        self.value = value
t = Traced(5)
print(t.value)

# __init__ is skipped when __new__ returns an instance of another class
class Other:
    pass
class Switch:
    def __new__(cls, kind):
        if kind == "other":
            return Other()
        return super().__new__(cls)
    def __init__(self, kind):
        print("  Switch.__init__", kind)
print(type(Switch("self")).__name__)
print(type(Switch("other")).__name__)

# subclassing immutables requires __new__
class Upper(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())
print(Upper("hello"), type(Upper("x")).__name__, Upper("ab") + "c")
class Positive(int):
    def __new__(cls, v):
        if v <= 0:
            raise ValueError(f"{v} is not positive")
        return super().__new__(cls, v)
print(Positive(5) + 1)
try:
    Positive(-1)
except ValueError as e:
    print(type(e).__name__, e)
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
p = Pair(1, 2)
print(p, p.first, len(p), type(p).__name__)

# object.__new__ rejects extra arguments when __init__ is not overridden
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print(type(e).__name__, e)
class NewOnly:
    def __new__(cls, x):
        obj = super().__new__(cls)
        obj.x = x
        return obj
print(NewOnly(7).x)

# __del__ runs when the last reference goes away (reference counting)
class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print(f"  __del__ {self.name}")
r = Resource("a")
print("deleting a")
del r
print("after del a")
r2 = Resource("b")
r2 = None
print("after rebinding b")
def scope():
    local = Resource("c")
    print("  leaving scope")
scope()
print("after scope")
items = [Resource("d"), Resource("e")]
items.clear()
print("after clear")

# objects in a reference cycle are freed by the collector
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print(f"  __del__ cycle node {self.name}")
x, y = Node("x"), Node("y")
x.other, y.other = y, x
del x, y
print("cycle unreachable, collecting")
found = gc.collect()
print("collected something:", found > 0)

