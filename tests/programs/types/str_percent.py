# printf-style %-formatting of str: conversions, flags, width/precision from *, mapping keys, errors.
def err(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("ok", repr(r))

print("%s|%r|%a|%5s|%-5s|%.2s|%5.1s|" % ("é", "é", "é", "ab", "ab", "abc", "xyz"))
print("%d|%5d|%-5d|%05d|%+d|% d|%+05d|%.3d|%x|%X|%#x|%o|%#o|%c|%c|%%" % (7, 7, 7, 7, 7, 7, 7, 7, 255, 255, 255, 8, 8, "z", 90))
print("%f|%.1f|%8.3f|%-8.2f|%e|%E|%g|%G|%.3g|%#.0f" % (3.14159, 3.14159, 3.14159, 3.14159, 31415.9, 0.000314, 1e-5, 1e20, 3.14159, 3.0))
print("%*d|%-*d|%.*f|%*.*f|" % (5, 1, 5, 1, 2, 3.14159, 8, 3, 2.5))
print("%(name)s is %(age)d, %(name)r" % {"name": "Ann", "age": 30}, "%(x)5.1f|" % {"x": 2.25}, "%(a)s%%" % {"a": 1})
print("%s" % (1,), "%s" % [1, 2], "%s" % ((1, 2),), "%s %s" % ("a", "b"), "%s" % {"k": 1}, "%r" % ("q",), "%s" % None)
print("no args" % (), "%s" % "single", "%" "s" % "x", "%i|%u" % (3.9, -2.1), "%x" % -255, "%o" % -8, "%c" % 0x1F40D)
print("%10.4s|%-10r|%.0s|%s" % ("abcdef", "x", "gone", b"bytes"), "%a" % "日本", "%5%|" % (1,) if False else "")
print("%(a)s %(a)s" % {"a": "twice"}, "%()s" % {"": "empty key"}, "%s" % 1.0, "%r" % 1e100, "%d" % True, "%s" % True)
err(lambda: "%s %s" % ("a",))
err(lambda: "%s" % ("a", "b"))
err(lambda: "%d" % "a")
err(lambda: "%f" % "a")
err(lambda: "%c" % "ab")
err(lambda: "%c" % -1)
err(lambda: "%(a)s" % ("a",))
err(lambda: "%(a)s" % {"b": 1})
err(lambda: "%z" % 1)
err(lambda: "%" % ())
err(lambda: "%(a" % {"a": 1})
err(lambda: "%*d" % ("5", 1))
err(lambda: "%s %(a)s" % {"a": 1})
err(lambda: "%.*f" % (1,))
err(lambda: "abc" % 5)
err(lambda: "abc" % {"a": 1})
err(lambda: "%d" % None)
err(lambda: "%x" % 2.5)
class P:
    def __str__(self):
        return "STR"
    def __repr__(self):
        return "REPR"
    def __int__(self):
        return 9
    def __index__(self):
        return 11
print("%s %r %a %d %x" % (P(), P(), P(), P(), P()))
print("%.3s|%5s|%-6r|" % (P(), P(), P()))
x = "%s-%s"
x %= ("a", "b")
print(x, str.__mod__("%d", 5), "%s".__mod__(("t",)))
