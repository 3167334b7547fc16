# float repr/str: shortest round trip, exponent switch points, negative zero, subnormals.
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0,
        1e-4, 1e-5, 0.0001234, 1e22, 1e23, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
        3.141592653589793, 2.718281828459045, 100.0, 1e100, 1.5e-7, 12345.678, 9007199254740993.0,
        0.3, 4.35, 1.1 * 3, 2 ** 0.5, 1e300 * 10, 123e-20]
for v in vals:
    print(repr(v), str(v), v.hex() if v == v and v not in (float("inf"),) else "")
print(float("1e16"), float("9999999999999998.0"), float("0.1") * 3, 0.1 * 3 == 0.3)
print(float("  -12.5  "), float("1_000.5"), float("+.5"), float("5."), float("-0"), float("1e-400"), float("1e400"))
print(float("inf"), float("-Infinity"), float("nan"), float("-nan"), float("iNF"), float("NaN"))
print(float(10), float(True), float(2 ** 70), float(b"3.5"), float(bytearray(b"-1e3")), float("٣.٥"))
for bad in ("", "abc", "1e", "1.2.3", "1__0", "_1", "0x10", "1e5.5", "in f", "--1", "nan1"):
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float([1.0])
except TypeError as e:
    print(type(e).__name__, e)
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 4
print(float(F()), float(I()))
class Bad:
    def __float__(self):
        return 1
try:
    float(Bad())
except TypeError as e:
    print(type(e).__name__, e)
print(repr(-0.0), -0.0 == 0.0, str(-0.0 + 0.0), repr(0.0 * -1), repr(-0.0 * -1))
print(1e16 == 10 ** 16, 1e23 == 10 ** 23, 0.1 == 1 / 10, float.__repr__(0.5), float.__str__(1e50))
