# The 'g'/'n'/'' presentation types and repr() switching points between fixed and exponent
# notation, precision 0..17, trailing zero removal, and '#' keeping them.
vals = [0.0, 1e-5, 1e-4, 0.000123456, 0.1, 1.0, 12.5, 123456.0, 1234567.0, 1e15, 1e16, 1e17, 9.999999e5, 0.99999, 5e-324, 1.7976931348623157e308]
for v in vals:
    print(repr(v), [format(v, ".%dg" % p) for p in (0, 1, 2, 3, 6, 10, 17)])
for v in vals:
    print(repr(v), format(v, "g"), format(v, "#g"), format(v, "G"), format(v, ""), format(v, ".3"), format(v, "n"), str(v))
for v in (9.5, 95.0, 0.95, 9.95, 99.95, 999999.5, 9999995.0):
    print(v, format(v, ".1g"), format(v, ".2g"), format(v, ".6g"), format(v, ".0f"), format(v, ".1e"), "%g" % v, "%.2g" % v)
print("%g %G %#g %.0g %.1g" % (100000.0, 1e-10, 1.0, 0.5, 0.05))
print(format(1e16, ".16g"), format(1e16, ".17g"), format(123456789.0, ".9g"), format(123456789.0, ".8g"), format(0.1, ".17g"), format(0.1, ".20g"))
