# sys.getrefcount differences: references from names, containers, attributes and arguments raise
# the count by one each; deleting them lowers it again (only differences are printed).
import sys
x = []
base = sys.getrefcount(x)
print(base)
y = x
print(sys.getrefcount(x) - base)
container = [x, x, x]
print(sys.getrefcount(x) - base)
d = {"k": x}
print(sys.getrefcount(x) - base)
del container
print(sys.getrefcount(x) - base)
del d, y
print(sys.getrefcount(x) - base)
class Holder:
    pass
h = Holder()
h.attr = x
print(sys.getrefcount(x) - base)
h.attr = None
print(sys.getrefcount(x) - base)
def inside(arg):
    return sys.getrefcount(arg) - base
print(inside(x))
t = (x,)
print(sys.getrefcount(x) - base, sys.getrefcount(t))
del t
s = object()
print(sys.getrefcount(s))
lst = [s] * 10
print(sys.getrefcount(s))
lst.clear()
print(sys.getrefcount(s))
def gen():
    local = s
    yield sys.getrefcount(s)
g = gen()
print(next(g))
del g
print(sys.getrefcount(s))
