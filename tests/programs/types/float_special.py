# float inf and nan: arithmetic, comparisons, conversions, containers, errors.
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, inf * -1, -inf * -inf, inf / inf, 1 / inf, -1 / inf, inf ** 0, nan ** 0, 1 ** nan)
print(inf > 1e308, -inf < -1e308, inf == inf, inf == -(-inf), nan == nan, nan is nan, nan != nan)
print(nan < 1, nan > 1, nan <= nan, max(1, nan), max(nan, 1), min(nan, 1), sorted([3, nan, 1])[1:] != [])
print(repr(inf), repr(-inf), repr(nan), str(-nan), f"{inf}", f"{nan:>6}", "%f %e %g" % (inf, -inf, nan))
print(format(inf, "+"), format(nan, "+"), format(inf, "010"), format(-inf, "08.2f"), format(nan, "E"), format(inf, "%"))
print(inf % 3 if False else "skip", 5 % inf, -5 % inf, 5 // inf, -5 // inf, divmod(5, inf), divmod(-5, inf))
for f in (lambda: int(inf), lambda: int(nan), lambda: inf % 3, lambda: inf // 1, lambda: (inf).as_integer_ratio(),
          lambda: nan.as_integer_ratio(), lambda: round(inf), lambda: 10.0 ** 400, lambda: 1e308 * 10,
          lambda: 2.0 ** 10000, lambda: (-8.0) ** 0.5):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)
print(1e308 * 10, -1e308 * 10, 1e308 + 1e308, 5e-324 / 2, -5e-324 / 2, 1e-320 * 1e-10)
print(inf in [inf], nan in [nan], [nan] == [nan], (nan,) == (nan,), nan in {nan}, float("nan") in [nan])
d = {nan: 1}
print(d.get(nan), d.get(float("nan")), len({float("nan"), float("nan")}), len({nan, nan}))
print(hash(inf), hash(-inf), hash(0.0), hash(-0.0), hash(1.5), hash(0.1), hash(1e100))
print(inf.is_integer(), nan.is_integer(), inf.hex(), (-inf).hex(), nan.hex(), float.fromhex("inf"), float.fromhex("-nan"))
print(abs(-inf), abs(nan), -nan, +inf, inf.real, inf.imag, inf.conjugate(), bool(nan), bool(0.0))
print(sum([inf, -inf]), sum([1e308, 1e308]), sum([0.1] * 10), sum([1e16, 1, -1e16]))
print(0.0 == -0.0, repr(-0.0 + 0.0), repr(-0.0 - 0.0), repr(0.0 * -1), repr(abs(-0.0)), repr(-(0.0)))
print(float("inf") == 10 ** 400, float("inf") > 10 ** 400, -inf < -(10 ** 400), nan == 10 ** 400)
