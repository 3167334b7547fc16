# tuple: construction, packing/unpacking, indexing/slicing, count/index, hash, comparisons,
# immutability (with mutable contents), repr of 1-tuples, tuple subclasses.
t = (1, "two", 3.0, None, (4, 5))
print(t, len(t), t[1], t[-1][0], t[1:3], t[::-1], t[::2], t.count(1), t.index(None), t.index(3.0))
print((), (1,), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({"k": 1}), tuple(x * 2 for x in (1, 2)), 1, 2)
single = 5,
print(single, type(single).__name__, (5), ((5,),), tuple((1,)), repr(((),)), ((), ()))
a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
print((1, 2) + (3,), (1,) * 3, 0 * (1,), (1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), () < (0,), (1, "a") < (1, "b"))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1, 2)) != hash((2, 1)), {(1, 2): "pair"}[(1, 2)], (1, 2) in {(1, 2)})
print(hash((1, 2)), hash(()), hash((0,)), hash((1, (2, 3))), hash((-1,)), hash((1.5, True)))
for f in (lambda: t.__setitem__(0, 1), lambda: t.append(1), lambda: (1,) + [2], lambda: hash(([],)), lambda: t[10],
          lambda: t.index(99), lambda: (1, 2) < (1, "a"), lambda: t["a"], lambda: tuple(5), lambda: (1,) * 1.0):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
m = ([1], 2)
m[0].append(3)
print(m)
try:
    m[0] += [4]
except TypeError as e:
    print(type(e).__name__, e)
print(m)
tt = (1, 2)
tt += (3,)
print(tt, tt * 2, tt[1:] * 0)
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    def __repr__(self):
        return "Point(%r, %r)" % self
p = Point(3, 4)
print(p, p.x, p[1], len(p), p == (3, 4), type(p + (5,)).__name__, type(p[:1]).__name__, hash(p) == hash((3, 4)), isinstance(p, tuple))
print(tuple.__mro__, (1, 2).__len__(), (1, 2).__getitem__(0), (1, 2).__contains__(2), (1,).__add__((2,)), (1, 2).__mul__(2))
nan = float("nan")
print((nan,) == (nan,), nan in (nan,), (nan,).count(nan), (1, 2, 1, 1).count(1), (0, 0.0, False).count(0))
print(max((1, 5), (2, 0)), min([(2, "a"), (1, "z")]), sorted([(2, 1), (1, 2), (1, 1)]), divmod(7, 2), tuple(reversed((1, 2, 3))))
big = tuple(range(100))
print(big[10:15], big[-3:], sum(big), big.index(50), 99 in big, big[::25])
print(f"{(1, 2)}", "%s" % ((1, 2),), str((1, "a")), repr(("a", 'b"')), ("x",) * 0 == ())
