# OSError and its subclasses: errno mapping in the constructor, attributes, str formats with and
# without filename(s), and UnicodeError subclasses' attributes and str.
cases = [(), ("msg",), (2, "No such file"), (2, "No such file", "f.txt"), (13, "Denied", "a", None, "b"), (1, 2, 3, 4, 5, 6)]
for args in cases:
    e = OSError(*args)
    print(type(e).__name__, e.args, repr(str(e)), e.errno, e.strerror, e.filename, e.filename2)
for errno in (1, 2, 4, 10, 11, 13, 17, 20, 21, 32, 104, 110, 111, 999):
    e = OSError(errno, "m")
    print(errno, type(e).__name__, isinstance(e, OSError))
print(FileNotFoundError(2, "x", "path").filename, repr(FileExistsError("already")), str(PermissionError(13, "no", "f")))
print(str(OSError(2, "No such file or directory", "a.txt", None, "b.txt")), repr(OSError(2, "s")))
print(BlockingIOError(11, "x", 5).characters_written, hasattr(OSError(), "characters_written"))
u = UnicodeDecodeError("utf-8", b"\xffab", 0, 1, "invalid start byte")
print(u, repr(u), u.encoding, u.object, u.start, u.end, u.reason, u.args)
u2 = UnicodeEncodeError("ascii", "aé", 1, 2, "ordinal not in range(128)")
print(u2, u2.object, u2.start, u2.end)
u3 = UnicodeEncodeError("ascii", "aéb", 1, 3, "nope")
print(u3)
u4 = UnicodeTranslateError("aé", 1, 2, "untranslatable")
print(u4, u4.encoding, u4.args)
print(repr(UnicodeError("plain")), str(UnicodeDecodeError("utf-8", b"\xc3\xff", 0, 2, "bad")))
for args in ((), ("x",), ("utf-8", "str not bytes", 0, 1, "r")):
    try:
        UnicodeDecodeError(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    b"\xe2\x82".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.start, e.end, e.reason, e.object, e.encoding)
try:
    "x\udc80y".encode("utf-8")
except UnicodeEncodeError as e:
    print(e.start, e.end, e.reason, repr(e.object), e)
