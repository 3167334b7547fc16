# float <-> text round trips over many pseudo-random doubles: repr/float, hex/fromhex, %.17g,
# as_integer_ratio, plus rounding of int->float conversion (round-half-even at 2**53 boundaries).
state = 987654321
def rand64():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return state
def from_bits(bits):
    sign = -1.0 if bits >> 63 else 1.0
    exp = (bits >> 52) & 0x7FF
    frac = bits & ((1 << 52) - 1)
    if exp == 0x7FF:
        return None
    if exp == 0:
        return sign * frac * 2.0 ** -1074
    return sign * (1 + frac / 2 ** 52) * 2.0 ** (exp - 1023)
checked = 0
for i in range(2000):
    f = from_bits(rand64())
    if f is None:
        continue
    assert float(repr(f)) == f, repr(f)
    assert float.fromhex(f.hex()) == f
    assert float("%.17g" % f) == f
    n, d = f.as_integer_ratio()
    assert n / d == f
    checked += 1
print("checked", checked)
for i in range(15):
    f = from_bits(rand64())
    print(repr(f), f.hex(), "%.5e" % f if f is not None else "")
for k in (0, 1, 2, 3, 4, 5, 6, 7):
    n = 2 ** 53 + k
    print(n, float(n), int(float(n)) - n, float(-n))
for n in (2 ** 54 + 1, 2 ** 54 + 2, 2 ** 54 + 3, 2 ** 54 + 6, 2 ** 64 - 1, 2 ** 64 + 2 ** 11, 2 ** 64 + 2 ** 11 + 1, 10 ** 23, 10 ** 22 + 1):
    print(n, repr(float(n)), float(n) == n)
print(1e23 == 10 ** 23, float(10 ** 23) == 1e23, 2 ** 0.5 * 2 ** 0.5 == 2, 0.1 + 0.2 - 0.3)
print([float(s) for s in ("0.1", "1e-7", "123456789e-5", "7.0e-10", "-1.7976931348623157e308", "4.9e-324", "2.4703282292062328e-324", "2.4703282292062327e-324")])
