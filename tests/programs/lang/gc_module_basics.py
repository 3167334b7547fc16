# The gc module: enable/disable, collect on cycles, get_count shape, is_tracked.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())

class Node:
    instances = 0
    def __init__(self):
        Node.instances += 1
        self.ref = None
    def __del__(self):
        Node.instances -= 1

gc.collect()
a, b = Node(), Node()
a.ref, b.ref = b, a
print("alive:", Node.instances)
del a, b
print("alive after del (cycle keeps them):", Node.instances)
gc.collect()
print("alive after collect:", Node.instances)

# a self-referencing list is reclaimed too
lst = []
lst.append(lst)
del lst
print("collect found cycles:", gc.collect() >= 1)
print("nothing left:", gc.collect())

print(len(gc.get_count()), len(gc.get_threshold()), all(isinstance(t, int) for t in gc.get_threshold()))
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]), gc.is_tracked(Node()))

# objects reachable from a live variable survive collection
keep = Node()
keep.ref = keep
gc.collect()
print("kept alive:", Node.instances >= 1, keep.ref is keep)

# collection while disabled still works when asked
gc.disable()
x = Node(); x.ref = x
del x
before = Node.instances
gc.collect()
print("explicit collect while disabled:", Node.instances == before - 1)
gc.enable()
print(gc.collect(0) >= 0, gc.collect(2) >= 0)
try:
    gc.collect(3)
except ValueError as e:
    print(type(e).__name__, e)
