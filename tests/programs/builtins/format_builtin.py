# format(): the builtin with each core type, default spec, __format__ dispatch and its errors,
# non-str spec, and format of user objects without __format__.
print(format(42), format(42, "05"), format(3.14159, ".2f"), format("s", ">3"), format(True), format(None), format([1, 2]), format(1j, ".1f"))
print(format(1234567, ","), format(0.5, "%"), format(255, "b"), format(-7, "+"), format("abc", "^7"), format(12.0, "g"), format(1e21, ""))
class Temp:
    def __format__(self, spec):
        return "Temp(" + repr(spec) + ")"
print(format(Temp()), format(Temp(), "xyz"), "{:abc}".format(Temp()), f"{Temp():q}")
class NoFormat:
    def __str__(self):
        return "nf"
print(format(NoFormat()), format(NoFormat(), ""))
try:
    format(NoFormat(), "x")
except TypeError as e:
    print(type(e).__name__, e)
class BadRet:
    def __format__(self, spec):
        return 5
try:
    format(BadRet())
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    format()
except TypeError as e:
    print(type(e).__name__, e)
for v, spec in ((1, "s"), ("s", "d"), (1.5, "x"), ([], "5"), (None, "d")):
    try:
        format(v, spec)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class S(str):
    def __format__(self, spec):
        return "S-format"
print(format(S("x"), "5"), format(S("x")), "{}".format(S("y")), str(S("z")))
print(format(10 ** 25, "_"), format(-0.0, "f"), format(float("nan"), "5"), format(2 ** 0.5, ".30f"))
