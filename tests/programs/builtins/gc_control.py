# gc.enable/disable/isenabled, get_threshold/set_threshold, get_count bookkeeping (only relative
# facts), and that cycles stay alive while automatic collection is disabled until collect().
import gc
print(gc.isenabled(), gc.get_threshold())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
gc.set_threshold(500, 5, 5)
print(gc.get_threshold())
gc.set_threshold(700)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
gc.collect()
c0 = gc.get_count()
print(type(c0).__name__, len(c0), all(isinstance(v, int) for v in c0))
keep = [[] for _ in range(50)]
c1 = gc.get_count()
print(c1[0] > c0[0])
class Tracker:
    alive = 0
    def __init__(self):
        Tracker.alive += 1
        self.me = self
    def __del__(self):
        Tracker.alive -= 1
gc.disable()
for _ in range(2000):
    Tracker()
print("alive while disabled:", Tracker.alive)
print("collected:", gc.collect() >= 2000, "alive after collect:", Tracker.alive)
gc.enable()
for _ in range(5000):
    Tracker()
gc.collect()
print("alive after enabled run:", Tracker.alive)
print(gc.is_tracked([]), gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked(Tracker), gc.is_tracked(Tracker()))
try:
    gc.set_threshold()
except TypeError as e:
    print(type(e).__name__, e)
try:
    gc.set_threshold(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
