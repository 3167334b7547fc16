# str and Unicode: code points, len, ord/chr, escapes, surrogates, normalization-free comparisons,
# repr of control and non-printable characters, ascii().
s = "aé日🐍\u0301\x00\x7f\u200b\ud800"
print(len(s), [ord(c) for c in s], ascii(s))
print(repr(s))
print(repr("\t\n\r\x0b\x0c\x1b\\'\""), repr("'"), repr('"'), repr("'\""), repr("\x80\x9f\xa0\xad\xff"), repr("\u2028\u3000\ufeff"))
print(chr(65), chr(0x1F40D), chr(0), repr(chr(0x10FFFF)), ord("€"), ord("\U0010ffff"), hex(ord("🐍")))
for bad in (-1, 0x110000, 2 ** 40):
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in ("", "ab", b"ab"):
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(ord(b"A"), ord(bytearray(b"z")), "\N{GREEK SMALL LETTER ALPHA}", "\N{SNAKE}", "\u00e9" == "é", "e\u0301" == "é")
print("é" < "z", "Z" < "a", "a" < "é", "🐍" > "\uffff", sorted(["b", "A", "é", "a", "B", "🐍", "_"]), max("hello"), min("hello"))
print("日本語"[1], "日本語"[::-1], len("日本語".encode()), len("🐍".encode("utf-16-le")), "🐍".encode("utf-16-le"), "\ud83d" == "🐍"[0])
print(str(b"abc"), str(b"abc", "ascii"), str(bytearray(b"x\xc3\xa9"), "utf-8"), str(b"\xff", "latin-1"), str(), str(1.5))
print(ascii("日本"), ascii(["é", b"\xff"]), ascii("plain"), ascii("\U0001F600"), ascii("\ud800"))
print("\x41\101\u0041\U00000041", "a\
b", r"\x41\n", len(r"\n"), "\0" == chr(0), "\777" if False else "", "ab" "cd")
t = "naïve café"
print(t.encode("utf-8"), t.encode("latin-1"), t.encode("ascii", "replace"), t.encode("ascii", "ignore"), t.encode("ascii", "xmlcharrefreplace"), t.encode("ascii", "backslashreplace"))
print("\ud800".encode("utf-8", "surrogatepass"), "\udcff".encode("utf-8", "surrogateescape"), b"\xff".decode("utf-8", "surrogateescape") == "\udcff")
for args in (("ascii",), ("utf-8",), ("latin-1",), ("ascii", "strict"), ("nope",), ("utf-8", "bogus")):
    try:
        print(("é\ud800" if args[0] == "utf-8" else "日").encode(*args))
    except Exception as e:
        print(type(e).__name__, e)
for data, enc in ((b"\xff", "utf-8"), (b"\xe9", "ascii"), (b"\xc3", "utf-8"), (b"ok", "nope"), (b"\xed\xa0\x80", "utf-8")):
    try:
        print(data.decode(enc))
    except Exception as e:
        print(type(e).__name__, e)
print(b"\xff\xfeA".decode("utf-8", "replace"), b"a\xffb".decode("ascii", "ignore"), b"a\xffb".decode("ascii", "backslashreplace"), b"\xe9t\xe9".decode("latin-1"))
print("ǅ".lower(), "ǅ".upper(), "ﬃ".upper(), len("ﬃ".upper()), "İ".lower(), len("İ".lower()), "ς".upper(), "µ".upper())
print("%s|%5s|%-5s|" % ("日", "日", "🐍"), "{:^5}".format("é"), f"{'🐍':*>4}", "日本".center(6, "-"), "x".join("日本"))
