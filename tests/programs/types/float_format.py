# float formatting: format() mini-language, %-formatting, f-strings, str.format, alternate forms.
x = 1234.5678
specs = ["", "f", ".2f", "10.2f", "<10.2f", "^12.3f", "*>12.1f", "+.1f", " .1f", "010.2f", "e", ".3e", "E",
         "g", ".3g", ".10g", "G", "%", ".1%", ",", ",.2f", "_.3f", "n", ".0f", "#.0f", "#g", ".0e", "#.0e",
         "=+12.2f", "08.1f", ".20f", "z.1f", ".2", ".10", "r" if False else ".1", "12", "-^9.2f"]
for s in specs:
    print(repr(s), repr(format(x, s)), repr(format(-x, s)))
for v in (0.0, -0.0, 1e-7, 1e16, 123456789.0, 0.1, 1.5e300, 5e-324, 100.0, 1e-5, 0.0001):
    print(repr(v), format(v, ""), format(v, "g"), format(v, ".3"), format(v, "e"), format(v, ".2f"), format(v, "z.1f"))
print("%f|%.2f|%10.3f|%-10.1f|%+.0f|%e|%.2E|%g|%G|%#g|%010.3f|% f" % (x, x, x, x, x, x, x, x, 1e-10, x, -x, x))
print("%.3g %.3g %.3g %g %g %g" % (0.0001234, 1234567.0, 0.1, 1e-5, 1e16, 123456.0))
print(f"{x:.3f}|{x:>{12}.{2}f}|{x:,.1f}|{-x:+}|{x!r:>12}|{x!s}|{x=:.1f}")
print("{:.2f} {:>10.4} {:e} {:%} {:+.3g} {:z}".format(x, x, x, 0.25, -x, -0.0))
print("{0:.1f} {0:.2f} {1:05.1f} {a:g}".format(1.25, 2.35, a=1e20))
for bad in ("d", "x", "c", ",_", "_,", ".f" if False else "s", "#,d" if False else "=s"):
    try:
        format(x, bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    "%d" % "x"
except TypeError as e:
    print(type(e).__name__, e)
print(format(1.0, ".0%"), format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"))
print(format(1e22, "f"), format(1e-10, "f"), format(123.456, ".1e"), format(9.9999, ".2f"), format(9.995, ".2f"))
print(str(1e-4), str(1e-5), str(1e15), str(1e16), repr(1.0e-4), str(float(10 ** 15)), str(123456789012.0))
