# A leak check: a million reference cycles (self-referencing lists, and every 10th iteration a pair
# of instances with __del__), created and dropped in a loop; every finalizer must run exactly once
# and gc.collect() must leave nothing behind.
import gc
finalized = 0
created = 0
class Node:
    __slots__ = ("other", "ident")
    def __init__(self, ident):
        global created
        created += 1
        self.ident = ident
    def __del__(self):
        global finalized
        finalized += 1
for i in range(1000000):
    if i % 10 == 0:
        a = Node(i)
        b = Node(-i)
        a.other = b
        b.other = a
    else:
        l = []
        l.append(l)
del a, b, l
gc.collect()
print("created", created)
print("finalized", finalized)
print("all finalized once", created == finalized)
print("second collect", gc.collect())
print("garbage", gc.garbage)
