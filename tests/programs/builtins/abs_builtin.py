# abs(): ints (big, negative zero-free), floats (-0.0, inf, nan), complex magnitude, bool,
# user __abs__, and the TypeError for unsupported types.
print(abs(5), abs(-5), abs(0), abs(-(2 ** 100)), abs(True), abs(False), type(abs(True)).__name__)
print(abs(-2.5), repr(abs(-0.0)), abs(float("-inf")), abs(float("nan")), abs(-1e-320), abs(-1e308))
print(abs(3 + 4j), abs(-3 - 4j), abs(1j), abs(0j), abs(complex(float("inf"), 1)), abs(complex(float("nan"), float("inf"))), type(abs(1j)).__name__)
print(abs(-9223372036854775808), abs(-2147483648), abs(-(2 ** 63) - 1))
class Dist:
    def __init__(self, v):
        self.v = v
    def __abs__(self):
        return ("abs called", self.v)
print(abs(Dist(-3)))
class NotAbs:
    pass
for bad in ("str", [1], None, NotAbs(), {1: 2}):
    try:
        abs(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    abs()
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
class Bad:
    def __abs__(self):
        raise ValueError("inside __abs__")
try:
    abs(Bad())
except ValueError as e:
    print(type(e).__name__, e)
print([abs(x) for x in range(-3, 4)], sorted([-5, 3, -1, 2], key=abs), max([-10, 5, 3], key=abs), sum(map(abs, [-1, -2, 3])))
class MyInt(int):
    pass
print(type(abs(MyInt(-4))).__name__, abs(MyInt(-4)), abs.__name__, abs.__doc__.split("\n")[0])
