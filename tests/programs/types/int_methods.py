# int methods and attributes: as_integer_ratio, conjugate, real/imag/numerator/denominator,
# bit_length/bit_count, __index__, __bool__, __round__, __trunc__, __floor__, __ceil__, int subclasses.
for n in (0, 1, -1, 7, -8, 2 ** 70):
    print(n, n.as_integer_ratio(), n.conjugate(), n.real, n.imag, n.numerator, n.denominator)
print((7).__index__(), (7).__bool__(), (0).__bool__(), (7).__round__(), (1234).__round__(-2),
      (1250).__round__(-2), (1350).__round__(-2), (-1250).__round__(-2), (15).__round__(-1), (25).__round__(-1))
print(round(123456, -3), round(-123456, -3), round(5, 2), round(5, -5), round(50, -2), round(150, -2))
print((7).__trunc__(), (7).__floor__(), (7).__ceil__(), (7).__int__(), (7).__float__(), (7).__sizeof__() > 0)
print(int.__new__(int, 5), int.__new__(int, "12", 16), int.__mro__, int.__name__, int.__qualname__)
print((3).__lt__(4), (3).__eq__(3.0), (3).__eq__("3"), (3).__ne__(4), (3).__ge__(4), (3).__gt__(2))
print((3).__hash__() == hash(3), hash(3) == hash(3.0), hash(-1) == hash(-2))
class Celsius(int):
    def __repr__(self):
        return "Celsius(%d)" % int(self)
c = Celsius(21)
print(c, repr(c), c + 1, type(c + 1).__name__, type(-c).__name__, type(abs(c)).__name__, isinstance(c, int))
print(type(+c).__name__, type(c * 1).__name__, Celsius("10", 2), Celsius() == 0)
class Flag(int):
    pass
f = Flag(5)
f.label = "five"
print(f.label, f, f << 1, vars(f))
print(int.real.__doc__ is not None, (5).real == 5)
print(isinstance(True, int), issubclass(bool, int), int.__base__, int.__bases__)
print(int("5").__class__, (5).__class__.__name__, type(5) is int)
print([int(c) for c in "0123456789"], sum(int(c) for c in str(2 ** 100)))
print(int.from_bytes(b"\x01\x00", "big").bit_length(), (-2 ** 31).bit_length(), (2 ** 31 - 1).bit_length())
print(divmod(17, 5), (17).__divmod__(5), (17).__rdivmod__(5), (17).__mod__(5), (17).__rmod__(5))
print((17).__truediv__(4), (17).__rtruediv__(4), (17).__floordiv__(-4), (17).__rfloordiv__(-40))
print(int.__pow__(2, 10, 1000), int.__pow__(2, 5), (5).__rpow__(2))
