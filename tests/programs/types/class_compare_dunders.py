# Rich comparisons on user classes: reflection order (__lt__ <-> __gt__), subclass priority,
# __eq__ default fallback to identity, __ne__ derived from __eq__, chained comparisons calling each
# method once, sorting/min/max using __lt__ only, and comparisons returning non-bools.
log = []
class N:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "N(%s)" % self.v
    def __eq__(self, o):
        log.append("eq")
        return isinstance(o, N) and self.v == o.v
    def __lt__(self, o):
        log.append("lt %s %s" % (self.v, getattr(o, "v", o)))
        if not isinstance(o, N):
            return NotImplemented
        return self.v < o.v
    def __hash__(self):
        return hash(self.v)
a, b, c = N(1), N(2), N(3)
print(a < b, b > a, a == N(1), a != N(1), a != b, log)
log.clear()
print(a < b < c, log)
log.clear()
print(sorted([c, a, b]), min(b, c, a), max([a, c, b]), log.count("eq"))
for f in (lambda: a <= b, lambda: a >= b, lambda: a < 1, lambda: 1 > a):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
class Sub(N):
    def __gt__(self, o):
        log.append("Sub.gt")
        return "sub-gt"
log.clear()
print(a < Sub(5), log)
class Vec:
    def __init__(self, *v):
        self.v = v
    def __eq__(self, o):
        return [x == y for x, y in zip(self.v, o.v)]
    def __lt__(self, o):
        return "not a bool"
print(Vec(1, 2) == Vec(1, 3), Vec(1) < Vec(2), bool(Vec(1, 2) == Vec(1, 3)))
try:
    if Vec(1) < Vec(2) < Vec(3):
        print("chained truthy")
except Exception as e:
    print(type(e).__name__, e)
class AlwaysEq:
    def __eq__(self, o):
        return True
print(AlwaysEq() == 5, 5 == AlwaysEq(), AlwaysEq() != 5, [AlwaysEq()] == [1], AlwaysEq() in [1, 2], [1, 2].index(AlwaysEq()))
class NoEq:
    pass
x = NoEq()
print(x == x, x == NoEq(), x != x, [x] == [x], x in [NoEq(), x])
class Ord:
    def __init__(self, v):
        self.v = v
    def __le__(self, o):
        return self.v <= o.v
    def __ge__(self, o):
        return self.v >= o.v
print(Ord(1) <= Ord(2), Ord(1) >= Ord(2), Ord(3) <= 1 if False else "")
try:
    Ord(1) < Ord(2)
except TypeError as e:
    print(type(e).__name__, e)
class Strange:
    def __eq__(self, o):
        raise ValueError("no comparing")
try:
    Strange() in [1]
except ValueError as e:
    print(type(e).__name__, e)
s = Strange()
print(s in [s], [s].count(s), [s] == [s])
