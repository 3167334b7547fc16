# gc.collect() return values for simple unreachable cycles: a self-referencing list, two instances
# pointing at each other (each with its __dict__), a dict cycle, and nothing to collect.
import gc
gc.collect()
print(gc.collect())
l = []
l.append(l)
del l
print(gc.collect())
class Node:
    def __init__(self):
        self.other = None
a, b = Node(), Node()
a.other, b.other = b, a
del a, b
print(gc.collect())
d = {}
d["self"] = d
del d
print(gc.collect())
class Slotted:
    __slots__ = ("ref",)
s = Slotted()
s.ref = s
del s
print(gc.collect())
x = [1, 2]
y = [x]
x.append(y)
del x, y
print(gc.collect())
kept = []
kept.append(kept)
print(gc.collect(), len(kept))
def make_closure_cycle():
    def f():
        return f
    return f
make_closure_cycle()
print(gc.collect() > 0)
print(gc.collect(0), gc.collect(1), gc.collect(2))
for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(gc.garbage, gc.isenabled())
