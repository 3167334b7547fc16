# str() constructor: str of every core type, bytes with encoding/errors, __str__ vs __repr__
# fallback, subclasses of str, and the argument errors.
print(str(), str(1), str(-1.5), str(1e100), str(True), str(None), str([1, "a"]), str((1,)), str({"k": "v"}), str({1}), str(b"x"), str(1j), str(...))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"caf\xe9", "latin-1"), str(b"a\xffb", "utf-8", "replace"), str(b"abc", encoding="ascii"), str(bytearray(b"ba"), "ascii"))
print(str(memoryview(b"mv"), "ascii"), str(object="kw"), str(b"x", errors="strict"), repr(str("already")), str(str), str(len))
class OnlyRepr:
    def __repr__(self):
        return "<repr used>"
class Both:
    def __repr__(self):
        return "repr"
    def __str__(self):
        return "str"
class MyStr(str):
    pass
print(str(OnlyRepr()), str(Both()), repr(Both()), type(str(MyStr("s"))).__name__, str(MyStr("s")) == "s")
class StrSub(str):
    def __str__(self):
        return "overridden"
print(str(StrSub("orig")), "%s" % StrSub("orig"), f"{StrSub('orig')}", StrSub("orig") + "!")
class Ret(str):
    pass
class ReturnsSub:
    def __str__(self):
        return Ret("sub instance")
print(type(str(ReturnsSub())).__name__, str(ReturnsSub()))
for args, kw in (((1, "utf-8"), {}), (("s", "utf-8"), {}), ((b"\xff", "ascii"), {}), ((b"x", "nope"), {}), ((b"x", "utf-8", "bad-handler"), {}),
                 ((), {"bogus": 1}), ((b"x", 1), {}), ((1, 2, 3, 4), {})):
    try:
        print(repr(str(*args, **kw)))
    except (TypeError, UnicodeDecodeError, LookupError) as e:
        print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
print(str(2 ** 100), str(-0.0), str(float("nan")), str(0.1 + 0.2), str([0.1, "é"]), str(("é",)))
