# int() constructor: from numbers (truncation), strings in bases, bytes, __int__/__index__/
# __trunc__-free objects, subclasses, keyword base, and the argument errors.
print(int(), int(7), int(-7.9), int(7.9), int(True), int("  42\n"), int("-0b101", 0), int("z", 36), int(b"11", 2), int("1_000"))
print(int(1e18), int(-1e-5), int(2.5e20), int("0" * 50 + "1"), int("+00"), int("-00"), int(bytearray(b"-9")), int("٤٢"), int("𝟒𝟐"))
class A:
    def __int__(self):
        return 5
class B:
    def __index__(self):
        return 6
class C(int):
    pass
class BadInt:
    def __int__(self):
        return "five"
print(int(A()), int(B()), int(C(8)), type(int(C(8))).__name__, type(C(8)).__name__, int("12", base=B()))
for args in (("1.0",), ("",), ("12", 1), ("12", 37), (None,), ([],), (1j,), (BadInt(),), ("9", 8), (12, 10), ("0x1g", 16), (float("inf"),)):
    try:
        print(int(*args))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    int(x="1")
except TypeError as e:
    print(type(e).__name__, e)
try:
    int("1", 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
print(int("11", 0), int("0o11", 0), int("0x11", 0), int("0b11", 0), int("11", 16), int("11", 8), int("11", 2), int("11", 36))
print([int(c, 36) for c in "09azAZ"], int("-" + "f" * 20, 16), int(" 1 ".strip()), int(False))
print(int.__new__(C, 5), int.__call__("3") if False else "", int(3.999999999999999999), int(-0.9999999999999999))
