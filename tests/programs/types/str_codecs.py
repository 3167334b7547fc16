# Built-in codecs through str.encode/bytes.decode: utf-8, utf-8-sig, utf-16/32 (with BOM and
# explicit endianness), latin-1, ascii, cp1252, encoding-name normalization and error handlers.
s = "Añ€🐍"
for enc in ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"):
    b = s.encode(enc)
    print(enc, b.hex(" "), len(b), b.decode(enc) == s)
for name in ("UTF8", "utf_8", "Utf-8", "U8", "latin1", "ISO-8859-1", "iso8859_1", "L1", "ascii", "US-ASCII", "646", "cp1252", "windows-1252"):
    try:
        print(name, "Aé".encode(name))
    except (LookupError, UnicodeEncodeError) as e:
        print(name, type(e).__name__, e)
print("€".encode("cp1252"), b"\x80\x9f".decode("cp1252", "replace"), bytes(range(128, 136)).decode("latin-1"))
try:
    b"\x81".decode("cp1252")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"\xef\xbb\xbfhi".decode("utf-8-sig"), b"hi".decode("utf-8-sig"), b"\xef\xbb\xbfhi".decode("utf-8"), repr(b"\xef\xbb\xbfhi".decode("utf-8")))
print(b"\xff\xfeA\x00".decode("utf-16"), b"\xfe\xff\x00A".decode("utf-16"), b"A\x00".decode("utf-16"))
for data, enc in ((b"\x00\xd8", "utf-16-le"), (b"A", "utf-16-le"), (b"\x00\x00\x11\x00", "utf-32-le"), (b"\xc0\x80", "utf-8"), (b"\xf4\x90\x80\x80", "utf-8"), (b"\xe0\x80\x80", "utf-8")):
    try:
        print(data.decode(enc))
    except UnicodeDecodeError as e:
        print(enc, e.reason, e.start, e.end)
for handler in ("strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape"):
    try:
        print(handler, "a€\udcffb".encode("ascii", handler))
    except UnicodeEncodeError as e:
        print(handler, type(e).__name__, e)
for handler in ("strict", "ignore", "replace", "backslashreplace", "surrogateescape"):
    try:
        print(handler, ascii(b"a\xff\xfeb".decode("utf-8", handler)))
    except UnicodeDecodeError as e:
        print(handler, type(e).__name__, e)
print("\udcff".encode("utf-8", "surrogateescape"), "\ud83d\udc0d".encode("utf-16", "surrogatepass"), "x".encode(), b"x".decode())
print(str(b"caf\xc3\xa9", "utf-8"), str(b"caf\xe9", encoding="latin-1"), str(b"a\xffb", "ascii", "ignore"), str(b"a\xffb", errors="replace"))
print(len("🐍".encode("utf-16-le")), len("🐍".encode("utf-32-le")), len("🐍".encode()), "🐍".encode("utf-16-be").hex())
