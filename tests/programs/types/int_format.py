# int formatting: str/repr, bin/oct/hex, format() mini-language, %-formatting, f-strings.
def err(f, *a):
    try:
        r = f(*a)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("ok", repr(r))

n = 1234567
print(str(n), repr(-n), bin(10), oct(-8), hex(255), hex(-255), bin(0), oct(0), hex(0))
for spec in ("", "d", "10d", "<10d", ">10d", "^10d", "*^11d", "010d", "+d", " d", "-d", ",", "_",
             "_b", "_x", "x", "X", "#x", "#X", "#o", "#b", "o", "b", "e", ".2e", "f", ".3f", "%", ".1%",
             "g", "n", "=+12d", "0=12d", "#010x", ",d", "20,d", "+,"):
    print(repr(spec), repr(format(n, spec)), repr(format(-n, spec)))
print(format(65, "c"), format(0x1F600, "c"), format(True, "d"), format(True, ""), format(False, "5"))
print(format(0, "#b"), format(0, "#o"), format(0, "#x"), format(-0, "+d"), format(10 ** 25, ","))
for bad in ("s", ".2d", ",c", "=s", "z", "#c", ",b"):
    err(format, 12, bad)
err(format, -1, "c")
err(format, 0x110000, "c")
print("%d %i %u %o %x %X %e %f %g %c %r %s %a" % (42, 42, 42, 42, 255, 255, 42, 42, 42, 65, 42, 42, 42))
print("%5d|%-5d|%05d|%+d|% d|%#o|%#x|%#X|%.3d|%*d|%-*d|" % (42, 42, 42, 42, 42, 8, 255, 255, 7, 6, 42, 6, 42))
print(f"{n}|{n:,}|{n:>12}|{n:#x}|{n!r}|{n:{'>'}{12}}|{-n:=+12,}|{n=}|{n + 1 = }")
print(int.__format__(5, "03"), (5).__format__(""), int.__repr__(7), int.__str__(-7))
print(str(10 ** 30), repr(-(10 ** 30)), hex(2 ** 100), oct(-(2 ** 70)), bin(2 ** 65 + 1))
err(lambda: "%d" % "x")
err(lambda: "%x" % 1.5)
err(lambda: "%c" % 1114112)
err(lambda: "%d %d" % (1,))
err(lambda: "%d" % (1, 2))
print("%d" % 3.99, "%i" % -3.99, "%s" % 10 ** 20, "%.0f" % 2.5, "%x" % 2 ** 70)
