# SyntaxError's details tuple (4 or 6 items: end_offset must come with end_lineno) and
# UnicodeDecodeError's object (any buffer, kept as a bytes copy), as CPython 3.11's inits.
for args in [("bad.py", 1, 2), ("bad.py", 1, 2, 4, 5, 6, 7), ("bad.py", 1, 2, "x"),
             ("bad.py", 1, 2, "abcdefg", 1), ("f", 1, 2, "x", 3, 4), ["f", 1, 2, "x"], 5]:
    try:
        e = SyntaxError("bad bad", args)
        print("ok", e.args, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset)
    except TypeError as ex:
        print("TypeError", ex)

class B(bytes):
    pass
for obj in [b"\xff", bytearray(b"\xff"), memoryview(b"\xffx")[:1], B(b"\xff"), "str", 1, None,
            [255]]:
    try:
        e = UnicodeDecodeError("ascii", obj, 0, 1, "ordinal not in range")
        print(type(e.object).__name__, repr(e.object), str(e))
    except TypeError as ex:
        print("TypeError", ex)
