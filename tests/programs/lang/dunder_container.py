# Container protocol: __len__, __getitem__ (ints and slices), __setitem__, __delitem__, __contains__, __iter__, __reversed__.
class Deck:
    def __init__(self, cards):
        self.cards = list(cards)
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, index):
        if isinstance(index, slice):
            return Deck(self.cards[index])
        return self.cards[index]
    def __setitem__(self, index, value):
        self.cards[index] = value
    def __delitem__(self, index):
        del self.cards[index]
    def __repr__(self):
        return f"Deck({self.cards})"

d = Deck("ABCDE")
print(len(d), d[0], d[-1], d[1:3], d[::2], d[::-1])
d[0] = "Z"
del d[1]
print(d, bool(d), bool(Deck([])))
try:
    d[10]
except IndexError as e:
    print(type(e).__name__, e)

# iteration and membership fall back to __getitem__ with 0, 1, 2, ... until IndexError
print(list(d), "C" in d, "Q" in d, [c for c in d], sorted(d), tuple(reversed(d)))
a, b, *rest = d
print(a, b, rest)

class WithContains(Deck):
    def __contains__(self, item):
        print("  __contains__", item)
        return item.lower() in [c.lower() for c in self.cards]
print("c" in WithContains("ABC"), "x" not in WithContains("ABC"))

class WithIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        print("  __iter__")
        return iter(range(self.n))
    def __reversed__(self):
        return iter(["reversed", "by", "__reversed__"])
print(list(WithIter(3)), 2 in WithIter(3), list(reversed(WithIter(3))))

# the key passed for various subscript forms
class Keys:
    def __getitem__(self, key):
        return key
k = Keys()
print(k[1], k[1, 2], k[1:2], k[1:2:3], k[:, 1], k[...], k["s"], k[()], k[::])
try:
    iter(Keys)
except TypeError as e:
    print(type(e).__name__, e)

# __len__ must return a non-negative int
class BadLen:
    def __init__(self, v):
        self.v = v
    def __len__(self):
        return self.v
for v in [-1, "3", 2 ** 70, 3.0]:
    try:
        print(len(BadLen(v)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)

# __setitem__ missing
class ReadOnlySeq:
    def __getitem__(self, i):
        return i
try:
    ReadOnlySeq()[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del ReadOnlySeq()[0]
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    len(ReadOnlySeq())
except TypeError as e:
    print(type(e).__name__, e)

# __missing__ on dict subclasses
class Default(dict):
    def __missing__(self, key):
        self[key] = value = f"made {key}"
        return value
dd = Default(a=1)
print(dd["a"], dd["b"], dd, dd.get("c"), "c" in dd)
