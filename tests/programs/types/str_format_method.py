# str.format: positional/keyword/auto numbering, attribute and index fields, conversions, nesting,
# format_map, __format__ of user classes, and the error messages.
def err(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("ok", repr(r))

print("{} {} {}".format(1, "a", None), "{1} {0} {1}".format("x", "y"), "{a}-{b}".format(a=1, b=2), "{{}} {}".format(5))
print("{0[0]} {0[1][1]} {1[k]} {1[k2]}".format([1, (2, 3)], {"k": "v", "k2": 5}), "{0.real} {0.imag}".format(3 + 4j))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0!r:>8}".format("é"), "{:>{w}.{p}f}".format(3.14159, w=10, p=2), "{:{}{}}".format(5, ">", 4))
print("{0:{1}}|{0:^{1}}|{0!r:{1}}".format("ab", 6), "{:*^{}}".format("mid", 9), "{:,}".format(1234567), "{:%}".format(0.5))
print("{}".format([1, "a"]), "{}".format({"k": (1,)}), "{:s}".format("text"), "{:10s}|".format("x"), "{:.2s}".format("abc"))
print("{:<5}|{:>5}|{:^5}|{:=5}".format("ab", "ab", "ab", -3), "{:_^9}".format("a"), "{:0>4}".format("7"), "{:010}".format("s"))
print("{0}{0}{0}".format("ab"), "{x}{y}{x}".format(x=1, y=2), "{0[-1]}".format({"-1": "neg"}), "{0[a b]}".format({"a b": 1}))
print("{:d}".format(True), "{}".format(True), "{:g}".format(1e-5), "{0:.3} {0:.3s}".format("abcdef"))
print("{a.__class__.__name__}".format(a=1.5), "{0.__doc__}".format(None) is not None)
print("{[0]}{[1]}".format("xy", "zw"), "{0:}".format("empty spec"), "{}".format(""), repr("".format()))
print("{n}: {v}".format_map({"n": "name", "v": 42}))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{a} {b} {c}".format_map(Default(a=1)))
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __format__(self, spec):
        if spec == "polar":
            return "polar!"
        return "Pt(" + format(self.x, spec) + ", " + format(self.y, spec) + ")"
p = Pt(1.5, 2)
print("{}".format(p), "{:.2f}".format(p), "{:polar}".format(p), "{0.x}/{0.y}".format(p), format(p, "03"))
class Plain:
    pass
err("{:x}".format, Plain())
err("{:>5}".format, Plain())
err("{}".format)
err("{0} {}".format, 1, 2)
err("{} {0}".format, 1, 2)
err("{1}".format, 1)
err("{a}".format, 1)
err("{".format, 1)
err("}".format, 1)
err("{0!x}".format, 1)
err("{0:d}".format, "s")
err("{0.missing}".format, 1)
err("{0[5]}".format, [1])
err("{0[x]}".format, {})
err("{0:{1}}".format, 1)
err("{:{:{}}}".format, 1, 2, 3)
err("{0:=5}".format, "s")
err("{0:,s}".format, "s")
err("{:+s}".format, "s")
err("{!r".format, 1)
err("{0:.}".format, 1.5)
err("{0.}".format, 1)
err("{0[]}".format, [1])
err(str.format)
err("{0[0]x}".format, [1])
