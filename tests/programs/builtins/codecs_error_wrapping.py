# Errors a codec function raises are wrapped with the operation and codec name when the
# exception holds nothing but a str message (CPython's wrap_codec_error); plus escape-decode
# warnings, charmap U+FFFE as undefined, and UTF-8 incremental surrogatepass.
import codecs
import warnings

_TEST = {}
codecs.register(_TEST.get)


def set_codec(name, exc):
    def f(*a):
        raise exc
    _TEST[name] = codecs.CodecInfo(f, f, name=name)


class Sub(RuntimeError):
    pass


class Slotted(RuntimeError):
    __slots__ = ()


class WithSlot(RuntimeError):
    __slots__ = ('x',)


class CustomInit(RuntimeError):
    def __init__(self):
        pass


with_attr = RuntimeError("has attr")
with_attr.attr = 1

cases = [
    ("by_type", RuntimeError),
    ("by_value", RuntimeError("boom")),
    ("sub", Sub("sub msg")),
    ("slotted", Slotted("slotted msg")),
    ("withslot", WithSlot("withslot msg")),
    ("custominit", CustomInit),
    ("attr", with_attr),
    ("nonstr", RuntimeError(1)),
    ("multi", RuntimeError('a', 'b')),
    ("keyerror", KeyError("k")),
    ("oserror", OSError(2, "nope")),
    ("valueerror", ValueError("bad value")),
]
for name, exc in cases:
    set_codec(name, exc)
    for label, f in [
        ("str.encode", lambda: "x".encode(name)),
        ("codecs.encode", lambda: codecs.encode("x", name)),
        ("bytes.decode", lambda: b"x".decode(name)),
        ("codecs.decode", lambda: codecs.decode(b"x", name)),
    ]:
        try:
            f()
        except Exception as e:
            print(name, label, type(e).__name__, repr(str(e)),
                  type(e.__cause__).__name__, e.__suppress_context__)

# Unknown codecs are not wrapped.
try:
    "x".encode("no_such_codec_here")
except LookupError as e:
    print(type(e).__name__, e)

for data, enc in [(b"zz", "hex"), (b"not zlib", "zlib")]:
    try:
        codecs.decode(data, enc)
    except Exception as e:
        print(type(e).__name__, e, type(e.__cause__).__name__)

# Escape decoding warns about the first invalid escape, octal escapes past \377 included.
for data in [b"\\q", b"\\Q", rb"\8", b"\\\xfa", rb"\400", rb"\777", rb"\377", rb"a\500\q"]:
    for f in (codecs.escape_decode, codecs.unicode_escape_decode):
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            r = f(data)
        print(f.__name__, data, ascii(r), [str(x.message) for x in w])

# A charmap value of U+FFFE is an undefined mapping.
for m in [{0: 'a', 1: 'b', 2: '\ufffe'}, {0: 'a', 1: 'b', 2: 0xfffe}, 'ab\ufffe']:
    print(ascii(codecs.charmap_decode(b"\x00\x01\x02", "replace", m)))
    try:
        codecs.charmap_decode(b"\x00\x01\x02", "strict", m)
    except UnicodeDecodeError as e:
        print(e)

# A truncated encoded surrogate waits for more input in incremental UTF-8 decoding.
for errors in ['surrogatepass', 'strict', 'replace']:
    for data in ['\uD901'.encode('utf-8', 'surrogatepass'), '\uDC02'.encode('utf-8', 'surrogatepass')]:
        for i in range(1, len(data)):
            dec = codecs.getincrementaldecoder('utf-8')(errors)
            try:
                print(errors, i, ascii(dec.decode(data[:i])), ascii(dec.decode(data[i:], True)))
            except UnicodeDecodeError as e:
                print(errors, i, e)

# Decoding empty input gives '' before the codec or error handler is looked up (outside -X dev);
# encoding and codecs.decode look them up.
print(repr(b''.decode('hex')), repr(bytearray().decode('rot13', 'x')), repr(str(b'', 'nope')),
      repr(str(memoryview(b''), 'nope', 'bad')), repr(b''.decode('utf-8', 'Boom')))
for f in (lambda: codecs.decode(b'', 'nope'), lambda: ''.encode('nope'), lambda: b'a'.decode('nope'),
          lambda: codecs.utf_8_decode(b'', 'nope'), lambda: str(b'a', 'nope'),
          lambda: b'a'.decode('utf-8', 'Boom'), lambda: 'a'.encode('utf-8', 'Boom')):
    try:
        print(repr(f()))
    except LookupError as e:
        print('LookupError', e)
