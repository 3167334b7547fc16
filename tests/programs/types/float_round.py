# round() on floats (banker's rounding, ndigits), int(), math-free floor/ceil via dunders.
for v in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.005, 0.125, 0.375):
    print(v, round(v), round(v, 1), round(v, 2), type(round(v)).__name__, type(round(v, 0)).__name__)
print(round(1234.5678, -2), round(1234.5678, -1), round(-1234.5678, 1), round(5e-324, 400), round(1e300, -301))
print(round(1.23456789, 5), round(123.456, None), round(-0.0), repr(round(-0.4)), repr(round(-0.4, 0)))
print(round(2.5e20), round(1e22, -21), round(0.1, 20), round(123.456, -5), repr(round(-123.456, -5)))
for bad in (float("inf"), float("-inf"), float("nan")):
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
    print(round(bad, 2))
try:
    round(1.5, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    round("1.5")
except TypeError as e:
    print(type(e).__name__, e)
for v in (2.7, -2.7, 2.0, -0.5, 1e20, -1e-20):
    print(v, int(v), v.__trunc__(), v.__floor__(), v.__ceil__(), v.__round__())
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 3), round(R(), None))
try:
    (1.5).__floor__(1)
except TypeError as e:
    print(type(e).__name__, e)
print([round(x / 10, 1) for x in range(-5, 6)])
print([round(x + 0.5) for x in range(-4, 5)])
print(round(7, 1), type(round(7, 1)).__name__, round(True), round(False, 3))
