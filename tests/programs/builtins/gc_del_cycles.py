# __del__ on objects in reference cycles (PEP 442): finalizers run once, in CPython's order, before
# the cycle is cleared; attributes are still intact inside __del__; a resurrected object is not
# finalized a second time.
import gc
import sys
log = []
def unraisable(u):
    print("unraisable:", type(u.exc_value).__name__, u.exc_value, u.object.__qualname__, u.err_msg)
sys.unraisablehook = unraisable
class Named:
    def __init__(self, name):
        self.name = name
        self.peer = None
    def __del__(self):
        log.append("del %s (peer %s)" % (self.name, self.peer.name if self.peer else None))
gc.collect()
a, b = Named("a"), Named("b")
a.peer, b.peer = b, a
del a, b
print(gc.collect(), log)
log.clear()
ring = [Named("r%d" % i) for i in range(4)]
for i, n in enumerate(ring):
    n.peer = ring[(i + 1) % 4]
del ring, n
gc.collect()
print(log, sorted(log) == sorted(set(log)))
log.clear()
solo = Named("solo")
del solo
print(log)
log.clear()
saved = []
class Phoenix:
    def __init__(self):
        self.me = self
        self.deaths = 0
    def __del__(self):
        self.deaths += 1
        log.append("phoenix del %d" % self.deaths)
        saved.append(self)
Phoenix()
gc.collect()
print(log, len(saved), saved[0].deaths)
saved[0].me = None
saved.clear()
gc.collect()
print(log)
log.clear()
class Failing:
    def __init__(self):
        self.me = self
    def __del__(self):
        log.append("failing del")
        raise ValueError("error in __del__")
Failing()
gc.collect()
print(log)
print(gc.garbage)
