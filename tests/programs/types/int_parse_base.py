# int(): from str/bytes with bases 0 and 2..36, underscores, whitespace, signs; error messages.
def err(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("ok", repr(r))

print(int("42"), int("-42"), int("+42"), int("  42  "), int("\t-7\n"), int("0"), int("-0"), int("007"))
print(int("1_000_000"), int("0x_ff", 16), int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("0o17", 0), int("0b101", 0), int("17", 8), int("101", 2), int("z", 36), int("ZZ", 36))
print(int("10", 3), int("-zz", 36), int("0B11", 0), int("0O7", 0), int("0X1F", 0), int("1_0", 0))
print(int(b"12"), int(bytearray(b" 7 ")), int(b"ff", 16), int("٣٤"), int("１２"))
print(int(3.9), int(-3.9), int(True), int(), int(1e20), int(-0.0), int("10", base=2))
for s, b in (("", 10), (" ", 10), ("1.5", 10), ("12a", 10), ("2", 2), ("0x", 16), ("1__0", 10),
             ("_1", 10), ("1_", 10), ("08", 0), ("0b2", 0), ("- 1", 10), ("++1", 10), ("z", 35),
             ("1e3", 10), ("0o8", 8), ("\x00", 10), ("١٢x", 10)):
    err(int, s, b)
err(int, "10", 1)
err(int, "10", 37)
err(int, "10", -1)
err(int, 10, 2)
err(int, 1.5, 10)
err(int, None)
err(int, [1])
err(int, float("inf"))
err(int, float("nan"))
err(int, "12", "3")
err(int, "1" * 5000)
print(int("0", 0), int("00", 0), int("0_0", 0))
err(int, "01", 0)
class Num:
    def __index__(self):
        return 7
class Int:
    def __int__(self):
        return 9
print(int(Int()), int("11", Num()))
err(int, Num())
