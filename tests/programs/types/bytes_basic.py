# bytes: construction, repr, indexing (ints), slicing, operators, comparisons, errors.
def err(f, *a):
    try:
        r = f(*a)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("ok", repr(r))

b = b"hello\x00\xff'\"\t\n"
print(b, len(b), b[0], b[-1], b[1:4], b[::-1], b[::3], list(b[:3]), b[5:6], b[100:])
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes(b"copy"), bytes(bytearray(b"ba")), bytes("é", "utf-8"), bytes("abc", encoding="ascii"))
print(bytes(memoryview(b"mv")), bytes(iter([1, 2])), bytes((x for x in (104, 105))), bytes.fromhex("de ad BE EF"), bytes.fromhex(""))
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(bytes(range(0, 256, 17))), b"\x7f\x80", str(b"a"))
print(b"ab" + b"cd", b"ab" * 3, 2 * b"x", b"" * 5, b"a" < b"b", b"ab" < b"abc", b"\xff" > b"\x00", b"abc" == b"abc", b"a" == "a", b"b" in b"abc", 98 in b"abc", b"" in b"")
print(b"abc" + bytearray(b"de"), type(b"abc" + bytearray(b"de")).__name__, b"x" == bytearray(b"x"), hash(b"") == hash(b"") )
err(bytes, -1)
err(bytes, [256])
err(bytes, [-1])
err(bytes, ["a"])
err(bytes, "abc")
err(bytes, 1.5)
err(bytes, None)
err(bytes, "é", "ascii")
err(bytes, 5, "utf-8")
err(bytes.fromhex, "abc")
err(bytes.fromhex, "zz")
err(bytes.fromhex, "a b")
err(lambda: b"a" + "b")
err(lambda: "a" + b"b")
err(lambda: b"a" < "b")
err(lambda: b[20])
err(lambda: b["x"])
err(lambda: "a" in b"abc")
err(lambda: 256 in b"abc")
def setitem():
    b[0] = 1
err(setitem)
print(b"abc".__len__(), b"abc".__getitem__(1), b"abc"[-3], bytes.__mro__, type(b"").__name__, b"a".__class__)
class B(bytes):
    pass
x = B(b"sub")
print(x, type(x).__name__, type(x + b"!").__name__, type(x[:1]).__name__, x == b"sub", isinstance(x, bytes))
class WithBytes:
    def __bytes__(self):
        return b"from __bytes__"
print(bytes(WithBytes()), b"%s" % WithBytes())
class Idx:
    def __index__(self):
        return 2
print(bytes(Idx()), b"abc"[Idx()], bytes([Idx(), 65]))
for c in b"hi":
    print(c, type(c).__name__, chr(c))
print(sorted(b"cab"), max(b"az"), sum(b"\x01\x02"), list(reversed(b"ab")), b"a b".split(), tuple(b"ok"))
