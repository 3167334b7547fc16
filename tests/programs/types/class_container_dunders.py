# User containers: __len__/__getitem__/__setitem__/__delitem__/__contains__/__iter__/__reversed__/
# __missing__, the old sequence protocol fallback for iteration and 'in', and __len__ errors.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError("cell %r out of range" % (key,))
        return self.cells.get(key, ".")
    def __setitem__(self, key, val):
        self.cells[key] = val
    def __delitem__(self, key):
        del self.cells[key]
    def __len__(self):
        return self.w * self.h
    def __contains__(self, val):
        return val in self.cells.values()
    def __iter__(self):
        for y in range(self.h):
            yield "".join(self[x, y] for x in range(self.w))
g = Grid(3, 2)
g[0, 0] = "#"
g[2, 1] = "@"
print(len(g), g[0, 0], g[1, 1], "#" in g, "x" in g, list(g), bool(g))
del g[0, 0]
print(list(g), "#" in g)
try:
    g[5, 5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    del g[1, 1]
except KeyError as e:
    print(type(e).__name__, e)
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
sq = Squares()
print(list(sq), 9 in sq, 10 in sq, list(zip(sq, "ab")), sorted(sq, reverse=True), max(sq))
try:
    len(sq)
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed(sq)
except TypeError as e:
    print(type(e).__name__, e)
class Rev(Squares):
    def __len__(self):
        return 5
print(list(reversed(Rev())), len(Rev()))
class CustomRev:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(CustomRev())))
class NoIter:
    __iter__ = None
try:
    iter(NoIter())
except TypeError as e:
    print(type(e).__name__, e)
class Mapping:
    def __init__(self):
        self.d = {"a": 1}
    def keys(self):
        return self.d.keys()
    def __getitem__(self, k):
        return self.d[k]
print(dict(Mapping()), {**Mapping()})
class BadLen:
    def __len__(self):
        return "3"
for obj in (BadLen(),):
    try:
        len(obj)
    except TypeError as e:
        print(type(e).__name__, e)
class NegLen:
    def __len__(self):
        return -5
try:
    len(NegLen())
except ValueError as e:
    print(type(e).__name__, e)
class SliceAware:
    def __getitem__(self, k):
        return type(k).__name__, k
sa = SliceAware()
print(sa[1], sa[1:2], sa[::2], sa["x"], sa[1, 2:3])
class Contains:
    def __contains__(self, x):
        return x  # truthiness of the return value is used
print(0 in Contains(), 5 in Contains(), "" in Contains(), 5 not in Contains())
