import codecs
import warnings

print(codecs.utf_8_encode("aé€😀"))
print(codecs.utf_8_decode(b"a\xc3\xa9\xe2\x82"))
print(codecs.utf_8_decode(b"a\xc3\xa9\xe2\x82", "strict", True) if False else "skip")
print(codecs.utf_8_decode(b"a\xc3\xa9\xe2\x82\xac", None, True))
print(codecs.utf_16_encode("ab"))
print(codecs.utf_16_le_encode("ab"), codecs.utf_16_be_encode("ab"))
print(codecs.utf_16_decode(b"\xff\xfea\x00b\x00"))
print(codecs.utf_16_ex_decode(b"\xfe\xff\x00a\x00b", "strict", 0, True))
print(codecs.utf_16_le_decode(b"a\x00b"))
print(codecs.utf_32_encode("a"))
print(codecs.utf_32_be_decode(b"\x00\x00\x00a\x00\x00", None, False))
print(codecs.latin_1_encode("aé"), codecs.latin_1_decode(b"a\xe9"))
print(codecs.ascii_encode("abc"), codecs.ascii_decode(b"abc"))
print(codecs.ascii_encode("aé", "replace"))
print(codecs.escape_encode(b"a'\n\x00\xff\\"))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(codecs.escape_decode(b"a\\n\\x41\\101\\q\\\\"))
    print(codecs.unicode_escape_decode(b"a\\t\\xe9\\u20ac\\U0001f600\\N{BULLET}\\101\\q"))
print([(x.category.__name__, str(x.message)) for x in w])
print(codecs.escape_decode("tab\\t"))
try:
    codecs.escape_decode(b"\\x4")
except ValueError as e:
    print("ValueError:", e)
print(codecs.unicode_escape_encode("a\té€😀\\'\""))
for bad in [b"\\x4", b"\\u12", b"\\U1234", b"\\N{NO SUCH NAME}", b"\\N", b"abc\\"]:
    try:
        codecs.unicode_escape_decode(bad)
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
print(codecs.unicode_escape_decode(b"\\x4g", "replace"))
print(codecs.unicode_escape_decode(b"ab\\u12", "strict", False))
print(codecs.raw_unicode_escape_encode("aé€😀\\"))
print(codecs.raw_unicode_escape_decode(b"a\\u20ac\\\\u20ac\\n\\U0001f600"))
print(codecs.charmap_decode(b"\x00\x01\x02", "strict", "abc"))
print(codecs.charmap_decode(b"\x00\x05", "replace", "abc"))
print(codecs.charmap_decode(b"\x00\x01", "strict", {0: "X", 1: 0x41}))
try:
    codecs.charmap_decode(b"\x03", "strict", "abc")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
m = codecs.charmap_build("abc")
print(codecs.charmap_encode("cab", "strict", m))
print(codecs.charmap_encode("cxab", "replace", {ord("a"): 1, ord("b"): 2, ord("c"): 3, ord("?"): 63}))
try:
    codecs.charmap_encode("cxxab", "strict", m)
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e, e.start, e.end)
print(codecs.readbuffer_encode(b"xy"), codecs.readbuffer_encode("é"))

# codec objects from encodings
print("Ωmega".encode("cp1253"), b"\xd9mega".decode("cp1253"))
print(codecs.lookup("cp1252").decode(b"\x80abc"))
print(codecs.lookup("cp1252").encode("€abc"))
print(codecs.encode("€", "cp1252"), codecs.decode(b"\x80", "cp1252"))
enc = codecs.getincrementalencoder("utf-8")()
print(enc.encode("é"), enc.encode("x", final=True))
dec = codecs.getincrementaldecoder("utf-8")()
print(repr(dec.decode(b"\xe2\x82")), repr(dec.decode(b"\xac", final=True)))
dec = codecs.getincrementaldecoder("utf-16")()
print(repr(dec.decode(b"\xff")), repr(dec.decode(b"\xfea")), repr(dec.decode(b"\x00", final=True)))
import io
r = codecs.getreader("utf-8")(io.BytesIO("héllo\nwörld\n".encode()))
print(r.readline(), r.read())
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE)
print(codecs.iterencode(["a", "é"], "utf-8").__class__.__name__, list(codecs.iterencode(["a", "é"], "utf-8")))
print(list(codecs.iterdecode([b"a", b"\xc3", b"\xa9"], "utf-8")))
