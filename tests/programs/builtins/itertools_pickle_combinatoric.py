# product, permutations, combinations, combinations_with_replacement and groupby pickle
# (CPython 3.11) and resume where they stood; __setstate__ clamps indices
import copy, pickle, weakref, gc
from itertools import product, permutations, combinations, combinations_with_replacement as cwr, groupby, tee

def roundtrip(it, proto=2):
    return pickle.loads(pickle.dumps(it, proto))

for make in (lambda: product('ab', range(2)), lambda: product('ab', repeat=2),
             lambda: permutations('abc', 2), lambda: permutations(range(3)),
             lambda: combinations('abcd', 2), lambda: cwr('abc', 2),
             lambda: combinations('abc', 5), lambda: product('ab', '')):
    it = make()
    print(type(it).__name__, it.__reduce__()[1:])
    next(it, None)
    print(" after one:", it.__reduce__()[1:])
    print(" resumed:", list(roundtrip(it)), list(copy.copy(it)) == list(it))
    print(" exhausted:", it.__reduce__()[1:])

p = product((1, 2), (3, 4))
p.__setstate__((0, 0x1000))
print(list(p))
c = combinations('abcd', 2)
c.__setstate__((-5, 100))
print(list(c))
for bad in [(0,), [0, 0], 5]:
    try:
        product('ab', 'cd').__setstate__(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

s = list(zip('AABBBAAAA', range(9)))
def key(r):
    return r[0]
def parity(r):
    return r[1] % 2
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    out = []
    for k, g in roundtrip(groupby(s, key), proto):
        for ik, ig in roundtrip(groupby(g, parity), proto):
            out.append((k, ik, [e[1] for e in ig]))
    print(proto, out == [(k, ik, [e[1] for e in ig]) for k, g in groupby(s, key) for ik, ig in groupby(g, parity)])
g = groupby('aabb')
k, grp = next(g)
print(k, grp.__reduce__()[0].__name__, next(grp))
next(g)
print(grp.__reduce__())

a, b = tee(range(3))
r = weakref.ref(a)
print(r() is a)
del a
gc.collect()
print(r())
