# hash() of ints, bools, tuples of ints, frozensets of ints, floats and complex equal to ints,
# None-free determinism (no str hashing: it is randomized), user __hash__ truncation and errors.
for n in (0, 1, -1, -2, 2, 10 ** 18, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 63, -(2 ** 63), 2 ** 64 + 5, -(10 ** 40)):
    print(n, hash(n))
print(hash(True), hash(False), hash(1.0), hash(2 ** 61 + 0.0) if False else hash(float(2 ** 52)), hash(1 + 0j), hash(-1.0))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash(((), ())), hash((-1, -2)), hash(tuple(range(10))))
print(hash(frozenset()), hash(frozenset([1])), hash(frozenset([1, 2, 3])), hash(frozenset(range(100))) == hash(frozenset(range(99, -1, -1))))
print(hash(range(3)) == hash(range(0, 3)), hash(b"") == hash(b""), hash(slice(1)) if False else "", hash(...) == hash(Ellipsis))
class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
for v in (5, -1, 2 ** 64, -(2 ** 64), 2 ** 61 - 1, True):
    print(v, hash(H(v)))
class BadHash:
    def __hash__(self):
        return 1.5
class NoneHash:
    __hash__ = None
for obj in (BadHash(), NoneHash(), [1], {1: 2}, {1}, bytearray(b"x"), (1, [2])):
    try:
        hash(obj)
    except TypeError as e:
        print(type(e).__name__, e)
class IntSub(int):
    pass
print(hash(IntSub(7)), hash(IntSub(-1)))
try:
    hash()
except TypeError as e:
    print(type(e).__name__, e)
o = object()
print(hash(o) == hash(o), type(hash(o)).__name__, hash(int) == hash(int), hash(len) == hash(len))
