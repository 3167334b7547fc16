# ascii() and repr(): escapes for non-ASCII, quotes selection, containers using repr of items,
# user __repr__ (non-ASCII result escaped by ascii()), recursion, and __repr__ errors.
items = ["plain", "é", "日本", "🐍", "tab\there", "quote'", 'dq"', "both'\"", "\x00\x7f\x80", "\u2028", "\\", "\ud800"]
for s in items:
    print(repr(s), ascii(s), len(repr(s)), len(ascii(s)))
print(repr([1, "é"]), ascii([1, "é"]), ascii({"ключ": "значение"}), ascii(("🐍",)), ascii(b"\xff"), ascii(1.5), ascii(None))
class U:
    def __repr__(self):
        return "Ü-repr"
print(repr(U()), ascii(U()), ascii([U()]), str(U()))
class Bad:
    def __repr__(self):
        return 42
for f in (repr, ascii):
    try:
        f(Bad())
    except TypeError as e:
        print(f.__name__, type(e).__name__, e)
class Raises:
    def __repr__(self):
        raise RuntimeError("repr failed")
try:
    repr([Raises()])
except RuntimeError as e:
    print(type(e).__name__, e)
r = [1]
r.append(r)
d = {}
d["d"] = d
print(repr(r), ascii(r), repr(d), repr((r,)))
print(repr(1), repr(1.0), repr(1e100), repr(-0.0), repr(True), repr(None), repr(...), repr(NotImplemented), repr(b"a'b"), repr(bytearray(b"x")))
print(repr(set()), repr({1}), repr(frozenset()), repr(range(3)), repr(slice(1)), repr(int), repr(len), repr(type(None)))
print(repr("a" * 3), eval(repr("mixed 'q' \"d\" \n é")) == "mixed 'q' \"d\" \n é", eval(ascii("é日")) == "é日")
class Sub(str):
    pass
print(repr(Sub("s")), ascii(Sub("é")))
try:
    repr()
except TypeError as e:
    print(type(e).__name__, e)
