# Lone surrogates are code points of their own: literals, chr, slicing, codecs.
s = "a\ud800b\udfff"
print(len(s), repr(s), ascii(s), [hex(ord(c)) for c in s])
print(s[1] == chr(0xD800), repr(s[1:3]), repr(s[::-1]), repr(s.upper()), s.find("\udfff"))
print("\ud83d\ude00" == "\U0001f600", len("\ud83d\ude00"), len("\U0001f600"))
print(sorted(["\ue000", "\ud800", "\uffff", "\U00010000"]) == ["\ud800", "\ue000", "\uffff", "\U00010000"])
print(hash("\ud800") == hash(chr(0xD800)), {"\ud800": 1}[chr(0xD800)])
b = b"abc\xff\xfe"
t = b.decode("utf-8", "surrogateescape")
print(repr(t), t.encode("utf-8", "surrogateescape") == b)
print(repr("\ud800".encode("utf-8", "surrogatepass")), repr(b"\xed\xa0\x80".decode("utf-8", "surrogatepass")))
try:
    "x\ud800".encode("utf-8")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print(repr("-".join(["\ud800", "\udc00"])), repr("\ud800" + "\udc00"), repr("\ud800" * 3))
print("\ud800" in "ab\ud800c", "ab\ud800c".split("\ud800"), repr("\ud800abc".strip("\ud800")))
print(repr(str(b"\xff", "latin-1")), repr("%s|%r" % ("\udc80", "\udc80")), repr("{:>4}".format("\ud800")))
