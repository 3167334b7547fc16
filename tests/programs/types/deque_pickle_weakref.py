# deque and functools.partial take weak references; deque iterators pickle mid-way and
# can be made by calling their type (deque, index); a deque subclass with slots pickles
# its slot values.
import collections, copy, functools, pickle, weakref

d = collections.deque(range(6), maxlen=10)
print(weakref.ref(d)() is d)
p = functools.partial(int, base=2)
print(weakref.ref(p)() is p, p("101"))

for make in (iter, reversed):
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        it = make(d)
        next(it)
        next(it)
        it2 = pickle.loads(pickle.dumps(it, proto))
        assert list(it) == list(it2), proto
    it = make(d)
    next(it)
    print(type(it).__name__, list(type(it)(d, 3)), it.__reduce__()[1][1])
try:
    type(iter(d))([1, 2])
except TypeError as e:
    print("TypeError:", e)

class DS(collections.deque):
    __slots__ = ("x", "__dict__")
s = DS([1, 2])
s.x = 5
s.y = 6
t = copy.copy(s)
u = pickle.loads(pickle.dumps(s))
print(type(u).__name__, list(u), u.x, u.y, type(t).__name__, list(t))
