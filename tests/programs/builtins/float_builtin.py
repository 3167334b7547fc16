# float() constructor: strings (spaces, underscores, inf/nan spellings, exponents), ints (exact
# rounding, too large), bool, __float__/__index__ objects, subclasses, and errors.
for s in ("3.14", " -2.5e-3 ", "1_000.000_1", "+inf", "-Infinity", "nan", "NaN", "1e308", "1e309", "-1e-400", ".5", "5.", "0x10" if False else "10", "\u0661\u0662.5"):
    print(repr(s), repr(float(s)))
for n in (0, 1, -1, 2 ** 53, 2 ** 53 + 1, 2 ** 63, 10 ** 20, 10 ** 308, True, False):
    print(n, repr(float(n)))
try:
    float(10 ** 309)
except OverflowError as e:
    print(type(e).__name__, e)
class F:
    def __float__(self):
        return 1.25
class I:
    def __index__(self):
        return 3
class Both:
    def __float__(self):
        return 2.0
    def __index__(self):
        return 9
print(float(F()), float(I()), float(Both()), float(), float(b"1.5"), float(bytearray(b"2e1")), float(memoryview(b"7")))
class MyF(float):
    pass
print(type(float(MyF(1.5))).__name__, type(MyF(2)).__name__, MyF("3.5") + 1, float.__new__(MyF, 1) == 1.0)
for bad in ("", "1.2.3", "1e", "e1", "0x1p3", "1_", "_1", "in", "nan(1)", " ", "1 2", "--1"):
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in (None, [], 1j, {}):
    try:
        float(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class BadF:
    def __float__(self):
        return "x"
try:
    float(BadF())
except TypeError as e:
    print(type(e).__name__, e)
try:
    float("1", "2")
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(x="1")
except TypeError as e:
    print(type(e).__name__, e)
