# str strip/lstrip/rstrip/removeprefix/removesuffix/center/ljust/rjust/zfill/expandtabs.
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")), repr("abcba".strip("ab")))
print(repr("www.example.com".strip("cmowz.")), repr("  x  ".strip(None)), repr("".strip()), repr("aaa".strip("a")), repr("\u3000x\x85".strip()))
print(repr("abc".lstrip("")), repr("abc".rstrip("cb")), repr("mississippi".rstrip("ips")), repr("mississippi".lstrip("mis")))
print("prefix_name".removeprefix("prefix_"), "name".removeprefix("x"), "file.txt".removesuffix(".txt"), "a".removesuffix(""), "".removeprefix(""))
for w in (0, 1, 5, 6, 7, 10):
    print(w, repr("abc".center(w)), repr("abc".center(w, "*")), repr("ab".center(w, "-")), repr("abc".ljust(w, ".")), repr("abc".rjust(w, "0")))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "".zfill(3), "12345".zfill(2), "-".zfill(3), "+-1".zfill(5))
print(repr("a\tb\tc".expandtabs()), repr("a\tbb\tccc\t".expandtabs(4)), repr("\t".expandtabs(0)), repr("ab\ncd\te".expandtabs(3)), repr("x\ty".expandtabs(-1)))
print(repr("12345678\tx".expandtabs()), repr("a\r\tb".expandtabs(4)), repr("日本\tx".expandtabs(4)))
for f, a in (("abc".center, (5, "ab")), ("abc".ljust, (5, "")), ("abc".rjust, ("5",)), ("abc".strip, (1,)),
             ("abc".zfill, (None,)), ("abc".removeprefix, (None,)), ("abc".center, ())):
    try:
        f(*a)
    except TypeError as e:
        print(type(e).__name__, e)
print(repr("日本".center(6, "＊")), repr("🐍".rjust(3, "🐍")), len("ab".center(7)))
