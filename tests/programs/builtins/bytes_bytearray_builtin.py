# bytes() and bytearray() constructors: from int size, iterables of ints, str with encoding and
# errors, buffer objects, __bytes__ (bytes only) and __index__, and all the argument errors.
for ctor in (bytes, bytearray):
    print(ctor.__name__, ctor(), ctor(3), ctor([1, 2, 255]), ctor(range(65, 70)), ctor("é", "utf-8"), ctor("é", "latin-1"),
          ctor("aé", "ascii", "replace"), ctor(b"x"), ctor(bytearray(b"y")), ctor(memoryview(b"z")), ctor(iter([0x41])), ctor(x for x in b"gen"))
class WithBytes:
    def __bytes__(self):
        return b"dunder"
class Idx:
    def __index__(self):
        return 2
print(bytes(WithBytes()), bytes(Idx()), bytearray(Idx()), bytes([Idx()]))
try:
    bytearray(WithBytes())
except TypeError as e:
    print(type(e).__name__, e)
class BadBytes:
    def __bytes__(self):
        return "str"
for ctor in (bytes, bytearray):
    for args in ((-1,), ([256],), ([1.0],), ("s",), ("s", 5), (5, "utf-8"), ("é", "ascii"), ("s", "nope"), (None,), (BadBytes(),), ("s", "utf-8", "strict", 1)):
        try:
            print(ctor.__name__, ctor(*args))
        except (TypeError, ValueError, LookupError) as e:
            print(ctor.__name__, type(e).__name__, e)
print(bytes(source=b"kw") if False else bytes(b"kw"), bytes(encoding="utf-8", source="k"), bytearray(b"ab") == bytes(b"ab"), bytes(3) == bytearray(3))
