# bytes methods: the str-like ones (ASCII-only case/predicates), hex/fromhex, count/find, join, split,
# strip, replace, partition, center, translate/maketrans, decode, startswith.
b = b"  Hello World, hello bytes!  "
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize(), b.strip().capitalize(), b"\xe9abc".upper())
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" !"), b"xxhixx".strip(b"x"), b.split(), b.split(b"o"), b.rsplit(None, 1), b.split(b" ", 3))
print(b.find(b"llo"), b.rfind(b"llo"), b.index(b"H"), b.count(b"l"), b.count(b"l", 10), b.find(108), b.count(111), b.startswith(b"  H"), b.endswith((b"!", b"  ")))
print(b.replace(b"l", b"L"), b.replace(b"l", b"", 2), b"abc".replace(b"", b"-"), b"a-b-c".partition(b"-"), b"a-b-c".rpartition(b"-"), b"".join([b"a", bytearray(b"b"), memoryview(b"c")]))
print(b"ab".center(6, b"*"), b"ab".ljust(5), b"ab".rjust(5, b"0"), b"42".zfill(5), b"-42".zfill(5), b"a\tb".expandtabs(4), b"a\nb\r\nc".splitlines(), b"a\nb".splitlines(True))
print(b"abc".isalpha(), b"abc1".isalnum(), b"123".isdigit(), b" \t".isspace(), b"abc".islower(), b"ABC".isupper(), b"Ab Cd".istitle(), b"\xe9".isalpha(), b"\x80".isascii(), b"".isascii())
print(b"\x00\x0f\xff".hex(), b"abc".hex(":"), b"abcdef".hex("-", 2), b"abcdef".hex(" ", -2), bytes.fromhex("0f ff"), bytearray.fromhex("41 42"))
print(b"prefix.txt".removeprefix(b"prefix"), b"prefix.txt".removesuffix(b".txt"), b"a,b,,c".split(b","), b"a  b".split(b" "), b"1 2 3".split(maxsplit=1))
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), t[97:100], b"aabbcc".translate(t), b"abcdef".translate(None, b"bd"), b"abc".translate(t, b"a"))
print(b"caf\xc3\xa9".decode(), b"caf\xc3\xa9".decode("latin-1"), b"\xff".decode("utf-8", "replace"), b"abc".decode("ascii"), b"ab".decode(errors="strict"))
for f, a in ((b"abc".index, (b"z",)), (b"abc".find, ("a",)), (b"abc".split, ("",)), (b"abc".split, (b"",)), (b"x".join, (["a"],)),
             (b"x".join, ([1],)), (b"abc".center, (5, b"ab")), (bytes.maketrans, (b"ab", b"c")), (b"abc".translate, (b"short",)),
             (b"abc".count, (256,)), (b"abc".replace, ("a", "b")), (b"abc".hex, ("::",)), (b"abc".startswith, ("a",))):
    try:
        print(f(*a))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(b"%s and %d and %x and %c and %c and %r and %b and %a" % (b"bytes", 42, 255, 65, b"z", b"r", b"b", "é"))
print(b"%5s|%-5s|%.2s|%05.1f|%%" % (b"ab", b"ab", b"abc", 2.25), b"%(k)s" % {b"k": b"v"})
for fmt, arg in ((b"%s", "str"), (b"%d", b"1"), (b"%c", 256), (b"%c", b"ab"), (b"%y", 1), (b"%s %s", (b"a",))):
    try:
        print(fmt % arg)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
