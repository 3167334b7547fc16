# weakrefs to objects in reference cycles: cleared by the collector before finalizers;
# callbacks run only for weakrefs that are themselves reachable
import _weakref
import gc

gc.disable()


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


log = []
a = Node("a")
b = Node("b")
a.other = b
b.other = a
ra = _weakref.ref(a, lambda w: log.append("a died"))
rb = _weakref.ref(b)
del a, b
print(ra() is not None, rb() is not None)
gc.collect()
print(ra(), rb(), log)


class Fin:
    def __init__(self):
        self.me = self

    def __del__(self):
        log.append(("del", wr()))


f = Fin()
wr = _weakref.ref(f)
del f
gc.collect()
print(log[-1])

# a weakref inside the garbage: its callback does not run
c = Node("c")
c.other = c
c.ref = _weakref.ref(c, lambda w: log.append("never"))
del c
gc.collect()
print(log)


# a class and its instances in a cycle are collected
def make():
    class K:
        pass

    k = K()
    k.cls = K
    return _weakref.ref(K), _weakref.ref(k)


rk, ri = make()
gc.collect()
print(rk(), ri())

# resurrection in __del__ keeps just that object
saved = []


class R:
    def __init__(self):
        self.self = self

    def __del__(self):
        saved.append(self)


r = R()
junk = Node("junk")
junk.other = junk
rr, rj = _weakref.ref(r), _weakref.ref(junk)
del r, junk
n = gc.collect()
print(rr() is saved[0], rj())
