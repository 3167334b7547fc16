import codecs

# lookup through the encodings package
for name in ["utf-8", "UTF8", "latin_1", "Latin-1", "cp1252", "utf_16", "ascii", "rot13", "utf-8-sig", "koi8-r"]:
    ci = codecs.lookup(name)
    print(name, "->", ci.name, type(ci).__name__)

try:
    codecs.lookup("no-such-codec")
except LookupError as e:
    print("LookupError:", e)

# codecs.encode/decode with non-text codecs
print(codecs.encode("hello", "rot13"))
print(codecs.decode("uryyb", "rot_13"))
try:
    "x".encode("rot13")
except LookupError as e:
    print("LookupError:", e)

# a user codec via a search function
def search(name):
    if name == "upper":
        def enc(s, errors="strict"):
            return s.upper().encode("ascii"), len(s)
        def dec(b, errors="strict"):
            return bytes(b).decode("ascii").lower(), len(b)
        return codecs.CodecInfo(enc, dec, name="upper")
    return None

codecs.register(search)
print("abc".encode("upper"))
print(b"XYZ".decode("upper"))
print(codecs.lookup("upper").name)
codecs.unregister(search)
try:
    "abc".encode("upper")
except LookupError as e:
    print("LookupError:", e)

# user error handlers
def handler(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ("<%d:%d>" % (exc.start, exc.end), exc.end)
    return ("[%s]" % exc.object[exc.start:exc.end].hex(), exc.end)

codecs.register_error("mine", handler)
print("aéb€c".encode("ascii", "mine"))
print(b"a\xffb\xfe\xfdc".decode("utf-8", "mine"))
print("x\u20acy".encode("latin-1", "mine"))
print(codecs.lookup_error("mine") is handler)
try:
    codecs.lookup_error("nope")
except LookupError as e:
    print("LookupError:", e)
try:
    "é".encode("ascii", "nope")
except LookupError as e:
    print("LookupError:", e)
print("é".encode("ascii", "nope") if False else "lazy ok", "a".encode("ascii", "nope"))

# built-in handlers as callables
for h in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
    f = codecs.lookup_error(h)
    try:
        print(h, f(UnicodeEncodeError("ascii", "aé€b", 1, 3, "bad")))
    except UnicodeEncodeError as e:
        print(h, "raised", e)
print(codecs.lookup_error("surrogateescape")(UnicodeDecodeError("utf-8", b"a\xff\xfeb", 1, 3, "bad")))
print(codecs.replace_errors(UnicodeDecodeError("utf-8", b"a\xff", 1, 2, "bad")))
print(codecs.backslashreplace_errors(UnicodeDecodeError("utf-8", b"a\xff", 1, 2, "bad")))
try:
    codecs.xmlcharrefreplace_errors(UnicodeDecodeError("utf-8", b"a\xff", 1, 2, "bad"))
except TypeError as e:
    print("TypeError:", e)
