# set and frozenset operators: | & - ^ <= < >= > == in-place versions, mixed set/frozenset result
# types, comparisons with non-sets, repr of empty/nested.
a, b = {1, 2, 3}, {2, 3, 4}
fa, fb = frozenset(a), frozenset(b)
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, a < a | b, a >= {1}, a > a, a == {3, 2, 1}, a != b)
print(fa | b, type(fa | b).__name__, type(a | fb).__name__, type(fa & fb).__name__, a & fb, fa - a, fa ^ fb)
print(repr(set()), repr(frozenset()), repr(frozenset({1, 2})), str({frozenset()}), {1} <= frozenset({1, 2}))
c = {1, 2}
d = c
c |= {3}
c &= {1, 3, 9}
c -= {9}
c ^= {5}
print(c, d is c)
f = frozenset({1})
g = f
f |= {2}
print(f, g, f is g, type(f).__name__)
for op in (lambda: a | [1], lambda: a & (1,), lambda: a - "x", lambda: a ^ range(2), lambda: a < [1], lambda: a + b):
    try:
        op()
    except TypeError as e:
        print(type(e).__name__, e)
print(a == [1, 2, 3], a.union([9]), {1} < {1}, {1} <= {1}, set() < {1}, {1, 2} > {1}, {1, 2} >= {3})
print(sorted({5, 1, 3} ^ {3, 7}), sorted(frozenset("hello") & frozenset("world")), len(frozenset("aabbcc")))
print(frozenset([1, 2]) == frozenset([2, 1]), hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(frozenset()) == hash(frozenset()))
print(hash(frozenset()), hash(frozenset({1})), hash(frozenset({1, 2, 3})), hash(frozenset(range(10))))
print({1: "x"}.keys() | {2}, frozenset({3}).union({1}, [2]), frozenset().issuperset(set()), frozenset({1}).copy())
class FS(frozenset):
    pass
fs = FS([1, 2])
print(fs, type(fs | {3}).__name__, type(fs.copy()).__name__, fs == {1, 2}, isinstance(fs, frozenset))
class S(set):
    def __repr__(self):
        return "S" + set.__repr__(self)
s = S([2, 1])
print(s, s | {3}, type(s & {1}).__name__, repr(S()))
x = {i * 7 % 11 for i in range(11)}
print(x, {-1, -2, 5}, {2 ** 64, 1}, {0.5, 1.5} == {1.5, 0.5})
try:
    frozenset({1}).add(2)
except AttributeError as e:
    print(type(e).__name__, e)
print(frozenset.__mro__, len(frozenset()), frozenset() == set(), bool(frozenset()), {1, 2}.__contains__(2), frozenset({1}).__or__({2}))
