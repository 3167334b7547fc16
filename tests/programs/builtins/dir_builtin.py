# dir(): sorted names of modules, classes (with inherited), instances (with __dict__ entries),
# custom __dir__ (must be iterable, result sorted), and dir() without arguments (local scope).
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst = 3
names = dir(Child())
print([n for n in names if not n.startswith("__")])
print([n for n in dir(Child) if not n.startswith("__")], "inst" in dir(Child))
print(names == sorted(names), "__init__" in names, "__class__" in names, "__dict__" in names, "__weakref__" in names)
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "Beta", "alpha"]
print(dir(Custom()))
class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as e:
    print(type(e).__name__, e)
def local_scope():
    a = 1
    b = 2
    return dir()
print(local_scope())
print(len(dir(int)) > 50, [n for n in dir(int) if not n.startswith("_")])
print([n for n in dir(list) if not n.startswith("_")])
print([n for n in dir(dict) if not n.startswith("_")])
print([n for n in dir(str) if not n.startswith("_")])
print([n for n in dir(1.5) if not n.startswith("_")], [n for n in dir(None) if not n.startswith("_")])
import sys
print("argv" in dir(sys), "exit" in dir(sys), dir(sys) == sorted(dir(sys)))
print([n for n in dir() if not n.startswith("__")])
try:
    dir(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
