# pow(): two and three argument forms, negative exponents (float result / modular inverse),
# keyword arguments, floats and complex, user __pow__/__rpow__, and errors.
print(pow(2, 10), pow(2, -2), pow(-2, 3), pow(0, 0), pow(2.0, 3), pow(4, 0.5), pow(-8, 1 / 3), pow(1j, 2), pow(2, 1j))
print(pow(3, 4, 5), pow(-3, 4, 5), pow(3, 4, -5), pow(2, 100, 10 ** 9 + 7), pow(3, -1, 11), pow(7, -3, 13), pow(0, 5, 1))
print(pow(base=3, exp=2), pow(3, exp=3), pow(base=2, exp=10, mod=1000), pow(True, True), pow(False, 0))
for args in ((2, -1, 4), (0, -1, 5), (2, 3, 0), (2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0), (0, -1), (0.0, -1), ("2", 2), (2, "2"), (2,), (10.0, 1000), (2 ** 64, 0.5)):
    try:
        print(pow(*args))
    except (ValueError, TypeError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
class M:
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)
    def __rpow__(self, other):
        return ("rpow", other)
print(pow(M(), 2), pow(M(), 2, 7), pow(2, M()), M() ** 3, 5 ** M())
try:
    pow(2, M(), 5)
except TypeError as e:
    print(type(e).__name__, e)
print([pow(b, e, 7) for b in range(1, 7) for e in (6,)], pow(-1, 10 ** 10), pow(-1, 10 ** 10 + 1), pow(2, 0.5) ** 2)
