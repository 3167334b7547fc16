# id(): stable for an object's lifetime, distinct for live objects, consistent with 'is'; only
# comparisons between ids are printed (never the values).
a = [1]
b = [1]
c = a
print(id(a) == id(a), id(a) == id(c), id(a) != id(b), (a is c) == (id(a) == id(c)), (a is b) == (id(a) == id(b)))
print(type(id(a)).__name__, id(a) > 0)
objs = [object() for _ in range(100)]
ids = set(id(o) for o in objs)
print(len(ids))
print(id(None) == id(None), id(True) == id(True), id(...) == id(Ellipsis), id(int) == id(type(1)))
s = "text"
t = s
print(id(s) == id(t))
before = id(a)
a.append(2)
a += [3]
print(id(a) == before)
x = (1, 2)
y = x
x += (3,)
print(id(x) == id(y))
class Obj:
    pass
o = Obj()
saved = id(o)
o.attr = 1
print(id(o) == saved)
try:
    id()
except TypeError as e:
    print(type(e).__name__, e)
d = {id(k): k for k in objs}
print(len(d), all(d[id(k)] is k for k in objs))
