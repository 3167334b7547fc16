# A Fraction class written from scratch: arithmetic dunders, normalization, hashing, ordering, formatting.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

class Fraction:
    __slots__ = ("num", "den")

    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError(f"Fraction({num}, 0)")
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self.num = num // g
        self.den = den // g

    @classmethod
    def coerce(cls, other):
        if isinstance(other, Fraction):
            return other
        if isinstance(other, int):
            return cls(other)
        return None

    def __repr__(self):
        return f"Fraction({self.num}, {self.den})"

    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"

    def __format__(self, spec):
        return format(str(self), spec)

    def _op(self, other, f):
        other = Fraction.coerce(other)
        if other is None:
            return NotImplemented
        return f(self, other)

    def __add__(self, o):
        return self._op(o, lambda a, b: Fraction(a.num * b.den + b.num * a.den, a.den * b.den))
    __radd__ = __add__

    def __sub__(self, o):
        return self._op(o, lambda a, b: Fraction(a.num * b.den - b.num * a.den, a.den * b.den))

    def __rsub__(self, o):
        return self._op(o, lambda a, b: Fraction(b.num * a.den - a.num * b.den, a.den * b.den))

    def __mul__(self, o):
        return self._op(o, lambda a, b: Fraction(a.num * b.num, a.den * b.den))
    __rmul__ = __mul__

    def __truediv__(self, o):
        return self._op(o, lambda a, b: Fraction(a.num * b.den, a.den * b.num))

    def __rtruediv__(self, o):
        return self._op(o, lambda a, b: Fraction(b.num * a.den, b.den * a.num))

    def __pow__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        if n < 0:
            return Fraction(self.den ** -n, self.num ** -n)
        return Fraction(self.num ** n, self.den ** n)

    def __neg__(self):
        return Fraction(-self.num, self.den)

    def __abs__(self):
        return Fraction(abs(self.num), self.den)

    def __eq__(self, o):
        o = Fraction.coerce(o)
        return NotImplemented if o is None else (self.num, self.den) == (o.num, o.den)

    def __lt__(self, o):
        return self._op(o, lambda a, b: a.num * b.den < b.num * a.den)

    def __le__(self, o):
        return self._op(o, lambda a, b: a.num * b.den <= b.num * a.den)

    def __gt__(self, o):
        return self._op(o, lambda a, b: a.num * b.den > b.num * a.den)

    def __ge__(self, o):
        return self._op(o, lambda a, b: a.num * b.den >= b.num * a.den)

    def __hash__(self):
        return hash((self.num, self.den)) if self.den != 1 else hash(self.num)

    def __float__(self):
        return self.num / self.den

    def __int__(self):
        return int(self.num / self.den)

    def __bool__(self):
        return self.num != 0

half, third = Fraction(1, 2), Fraction(1, 3)
print(half + third, half - third, half * third, half / third, half ** 3, third ** -2)
print(1 + half, 1 - half, 2 * third, 1 / third, -half, abs(Fraction(-3, 4)))
print(repr(Fraction(6, -8)), Fraction(0, 5), Fraction(10, 5), float(Fraction(1, 8)), int(Fraction(7, 2)))
print(half == Fraction(2, 4), half == 0.5, Fraction(4, 2) == 2, half != third)
print(sorted([half, third, Fraction(3, 4), Fraction(-1, 2), 1]))
print(max(half, third), min(half, third), half > third, third >= Fraction(2, 6))
print(len({Fraction(1, 2), Fraction(2, 4), Fraction(3, 6)}), hash(Fraction(3, 1)) == hash(3))
print(bool(Fraction(0)), bool(half), f"[{half:>6}] [{third:<6}]")
total = sum(Fraction(1, n * (n + 1)) for n in range(1, 20))
print("telescoping sum:", total)
h = Fraction(0)
for n in range(1, 11):
    h += Fraction(1, n)
print("harmonic(10):", h, round(float(h), 6))
for bad in [lambda: Fraction(1, 0), lambda: half / Fraction(0), lambda: half + 0.5, lambda: half ** half, lambda: half < "x"]:
    try:
        print(bad())
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
try:
    half.extra = 1
except AttributeError as e:
    print(type(e).__name__, e)
