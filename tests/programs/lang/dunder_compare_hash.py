# Rich comparisons: reflection, NotImplemented, default identity equality, __eq__ and __hash__.
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __le__(self, other):
        return self == other or self < other
    def __hash__(self):
        return hash(self.parts)

a, b, c = Version(1, 0), Version(1, 2), Version(1, 0)
print(a == c, a != b, a < b, b > a, a <= c, b >= a, a is c)
print(sorted([b, a, Version(0, 9)]), max(a, b), min([b, a]))
print(len({a, b, c}), {a: "x"}[c])
print(a == "1.0", a != "1.0")
try:
    a < "1.0"
except TypeError as e:
    print(type(e).__name__, e)

# __ne__ defaults to the inverse of __eq__
class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("  __eq__ called")
        return self.v == other.v
print(OnlyEq(1) != OnlyEq(2))

# defining __eq__ without __hash__ makes instances unhashable
print(OnlyEq.__hash__)
try:
    hash(OnlyEq(1))
except TypeError as e:
    print(type(e).__name__, e)

# default: identity comparison, hashable
class Plain:
    pass
p, q = Plain(), Plain()
print(p == p, p == q, p != q, hash(p) == hash(p))
try:
    p < q
except TypeError as e:
    print(type(e).__name__, e)

# reflected comparisons: a < b tries b > a
class Left:
    def __lt__(self, other):
        print("  Left.__lt__")
        return NotImplemented
class Right:
    def __gt__(self, other):
        print("  Right.__gt__")
        return "Right says yes"
print(Left() < Right())

# subclass reflected method wins
class Num:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return "Num.__lt__"
    def __gt__(self, other):
        return "Num.__gt__"
class SubNum(Num):
    def __gt__(self, other):
        return "SubNum.__gt__"
print(Num(1) < SubNum(2), SubNum(1) < Num(2))

# comparisons returning non-bools
class Weird:
    def __eq__(self, other):
        return [1, 2]
print(Weird() == 1, bool(Weird() == 1))
print([Weird()] == [Weird()])

# containers compare elements by identity first
nan = float("nan")
print(nan == nan, [nan] == [nan], nan in [nan], (nan,) == (nan,))
class NeverEqual:
    def __eq__(self, other):
        return False
ne = NeverEqual()
print(ne == ne, ne in [ne], [ne] == [ne], [ne].count(ne), [ne].index(ne))

# __hash__ = None explicitly, and hash of an inherited __eq__
class NoHash:
    __hash__ = None
try:
    {NoHash()}
except TypeError as e:
    print(type(e).__name__, e)
class HashBack(OnlyEq):
    __hash__ = object.__hash__
print(type(hash(HashBack(1))).__name__)
class BadHash:
    def __hash__(self):
        return "no"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
