# PEP 442 resurrection is decided per object: a finalizer that saves its object keeps that
# object (and what it reaches) alive, while unrelated garbage in the same collection is freed;
# a finalizer runs once even when the object is collected again later
import gc

gc.disable()
gc.collect()
saved = []
log = []


class Saver:
    def __init__(self, name):
        self.name = name
        self.me = self
        self.child = [name]

    def __del__(self):
        log.append(("del", self.name))
        saved.append(self)


class Plain:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        log.append(("del", self.name))


Saver("s1")
Plain("p1")
Plain("p2")
n = gc.collect()
print(sorted(log), n)
print([s.name for s in saved], saved[0].child, saved[0].me is saved[0])
log.clear()
del saved[:]
n = gc.collect()
print(log, n)
print(gc.collect())
