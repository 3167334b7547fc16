# round(): ints with negative ndigits, floats (half to even, representation effects), ndigits None
# vs 0, very large/small ndigits, user __round__, and errors.
print(round(3), round(-3), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 3), round(12345, -10), round(2 ** 70, -20))
print(round(0.5), round(1.5), round(2.5), round(-2.5), round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1e15 + 0.5), round(-0.5))
print(round(3.14159, 3), round(3.14159, 0), round(3.14159, None), round(3.14159, -1), round(1234.5, -2), round(1.5e300, -299), round(5e-324, 324))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2, 0)).__name__, repr(round(-0.4, 0)), repr(round(0.4, -1)))
print(round(1.23456789, 100), round(123.456, -100), round(123, -100), round(True), round(False, 2), type(round(True)).__name__)
for v in (float("inf"), float("nan")):
    for nd in (None, 2):
        try:
            print(round(v, nd))
        except (OverflowError, ValueError) as e:
            print(type(e).__name__, e)
class R:
    def __round__(self, ndigits=None):
        return "rounded(%r)" % (ndigits,)
print(round(R()), round(R(), 2), round(R(), ndigits=None))
for args in (("1.5",), (1.5, 1.5), (1.5, "1"), (None,), (), (1, 2, 3), ([],)):
    try:
        print(round(*args))
    except TypeError as e:
        print(type(e).__name__, e)
print([round(x / 8, 2) for x in range(9)], [round(x + 0.5) for x in range(-3, 4)], round(10 ** 20 + 0.5))
print(round(2.5, -0), round(25, -1), round(35, -1), round(45, -1), round(-35, -1), round(0.1 + 0.2, 15), round(0.1 + 0.2, 16))
