# float methods: is_integer, hex/fromhex, as_integer_ratio, conjugate, real/imag, __getformat__,
# float subclasses and float.__new__.
for v in (0.0, 1.0, -2.5, 0.1, 1e300, 5e-324, 3.0, 1 / 3, -0.0, 2.0 ** 60):
    print(repr(v), v.is_integer(), v.hex(), v.as_integer_ratio(), float.fromhex(v.hex()) == v)
for s in ("0x1p0", "0x1.8p1", "-0x1p-2", "0X1.FFFFFFFFFFFFFP+1023", "0x.8p0", "0x1p-1074", "0x1p-1075",
          "  0x10  ", "1", "-0x0p0", "0x1.0000000000000800p0", "0x1.0000000000000801p0", "infinity", "-nan"):
    print(s.strip(), float.fromhex(s))
for bad in ("0x", "0x1p", "g", "0x1p1.5", "", "0x1p10000"):
    try:
        float.fromhex(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print((2.5).conjugate(), (2.5).real, (2.5).imag, float.__getformat__("double"), float.__getformat__("float"))
class Money(float):
    def __repr__(self):
        return "Money(%s)" % float.__repr__(self)
m = Money(2.5)
print(m, repr(m), m + 1, type(m + 1).__name__, type(-m).__name__, Money("1.25"), isinstance(m, float))
print(float.__new__(Money, 3), type(float.__new__(Money, 3)).__name__, Money.fromhex("0x1p1"), type(Money.fromhex("0x1p1")).__name__)
print((0.1).__add__(0.2), (0.1).__radd__(1), (3.0).__mul__(2), (3.0).__rtruediv__(1), (3.0).__add__("x"))
print((7.5).__divmod__(2), (7.5).__rdivmod__(20), (7.5).__mod__(-2), (7.5).__floordiv__(2), (2.0).__pow__(0.5))
print((1.5).__eq__(1.5), (1.5).__lt__(2), (1.5).__gt__(2 ** 70), (1.5).__ne__(None), (1.5).__hash__() == hash(1.5))
print(float.__mro__, float.__name__, (1.0).__class__, float(), float.__bool__(0.0), (0.5).__int__(), (0.5).__float__())
print(1.5 + 1, 1.5 - True, 2 * 1.5, 3 / 1.5, 2 ** 0.5 * 2 ** 0.5, 1.5 * (1 + 2j), 0.1 + 0.7, 1.1 + 2.2)
try:
    float.fromhex(12)
except TypeError as e:
    print(type(e).__name__, e)
