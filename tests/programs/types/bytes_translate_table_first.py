# bytes/bytearray.translate check the table (256 long) before they look at `delete`.
for t in (bytes, bytearray):
    x = t(b"abc")
    for args in [(b"1", 1), (b"1",), (None, 1), (bytes(range(256)), 1), (None, b"b"),
                 (bytes(range(255, -1, -1)), b"a"), (1,)]:
        try:
            print(t.__name__, repr(args)[:20], x.translate(*args))
        except Exception as e:
            print(t.__name__, repr(args)[:20], type(e).__name__, e)
