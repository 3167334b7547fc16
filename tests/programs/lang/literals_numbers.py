# Numeric literals: bases, underscores, floats, exponents, imaginary numbers, and their reprs.
print(0, 7, -7, 0b1011, 0B11, 0o777, 0O17, 0xdead_beef, 0XFF, 1_000_000, 0_0, 00)
print(3.14, 1., .5, 1e10, 1E-5, 1_0.0_1, 2.5e+3, 0e0, 1e308, 1e-320, 123456789012345678.0)
print(1j, 2.5j, 1e3j, 0j, 1J, 3 + 4j, (3 + 4j).real, (3 + 4j).imag, abs(3 + 4j))
print(10 ** 30, 0x7FFFFFFFFFFFFFFF + 1, -0b1, ~0o7)
print(type(1).__name__, type(1.0).__name__, type(1j).__name__, type(True).__name__)
print(0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3, 1e16, 1e15, 123e-2, 1.5e16)
print(float("inf"), float("-inf"), float("nan"), 1e309, -1e309)
print(100000000000000000000.0, 1e21, 0.0001, 0.00001, 1.0e-4)
print(repr(1.1), str(2.0), repr(1 / 3), 2 ** 0.5, 10 / 4, 10 // 4, 7.0 // 2)
print(int("1_000"), float("1_0.5"), int("0b101", 0), int("0o17", 0), int("0x1F", 0), int("  12  "))
print(0xff == 255 == 0o377 == 0b11111111, 1_0 == 10)
for text in ["0x", "1__0", "1_", "0b2", "09"]:
    try:
        eval(text)
    except SyntaxError as e:
        print(repr(text), "SyntaxError:", e.msg)
print(True + True, True * 10, False ** 0, -True, int(True), float(False))
