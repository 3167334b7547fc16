# str split/rsplit/splitlines/join/partition/rpartition with maxsplit, separators and errors.
print("a b  c\td\ne".split(), " a b ".split(), "".split(), "   ".split(), "a,b,,c".split(","), "".split(","))
print("a b  c".split(" "), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1), "a b c d".split(None, 2), "a b c d".rsplit(None, 2))
print("a,b,c".split(",", 0), "a,b,c".split(",", -1), "  a  b  ".split(None, 1), "  a  b  ".rsplit(None, 1), "xaxbx".split("x"))
print("abcabc".split("bc"), "aaa".split("aa"), "aaa".rsplit("aa"), "a\u3000b\x1cc\x85d".split(), "a b".split(maxsplit=0))
print("one\ntwo\r\nthree\rfour\x0bfive\x0cs\x1ct\x1du\x1ev\x85w\u2028x\u2029y".splitlines())
print("a\nb\n".splitlines(), "a\nb\n".splitlines(True), "\n".splitlines(), "".splitlines(), "a\r\n".splitlines(keepends=True))
print(",".join(["a", "b", "c"]), "".join([]), "-".join("abc"), " ".join(("x",)), ", ".join(str(i) for i in range(5)), "x".join(["", ""]))
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"), "abc".rpartition("x"), "".partition("a"))
for f, a in (("".split, ("",)), ("a".split, ("",)), ("a".partition, ("",)), ("a".rpartition, ("",)),
             (",".join, ([1, 2],)), (",".join, (["a", None],)), (",".join, (5,)), ("a".split, (1,)),
             ("a".split, (",", "1")), ("a b".split, (None, None))):
    try:
        print(f(*a))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("k1=v1;k2=v2;;k3".split(";"), dict(p.split("=") for p in "k1=v1;k2=v2".split(";")))
print("a.b.c.d".rsplit(".", 2), "a.b.c.d".split(".", 2), "/usr/local/bin".rsplit("/", 1)[-1], "a  b".split(" ", 1))
print(str.join("+", ["1", "2"]), str.split("a b"), "日本 語\u2003テ".split(), "🐍,🐍".split(","))
class S(str):
    pass
parts = S("x-y").split("-")
print(parts, type(parts[0]).__name__, type("".join([S("a")])).__name__, type(S("ab").partition("a")[2]).__name__)
