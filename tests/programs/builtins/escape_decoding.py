# Backslash escapes in str and bytes literals (compile()) and in the escape codecs: values,
# error messages and ranges, error handlers, partial decoding.
import codecs
import warnings

def literal(src):
    try:
        print(ascii(eval(src)))
    except SyntaxError as e:
        print(src, "->", e.msg)

for src in [
    r'"a\n\t\x41\u00e9\U0001F600\N{HYPHEN}\101\777"',
    r'"\N{abc"', r'"ab\N{}x"', r'"\N"', r'"\N{foo}"', r'"\x4"', r'"\U00110000"',
    '"é\\x4"', '"\\é\\x4"', '"\\\\é\\x4"', '"\\N{é"', '"aé\\N{abc"',
    r'b"\x41\101\777\d\N{x}"', r'b"\x4"', r'b"ab\xg1"',
]:
    literal(src)
print(ascii(eval('"a\\\r\nb\\\rc"')), ascii(eval('b"a\\\r\nb\\\rc"')))

def codec(f, data, *args):
    try:
        print(f.__name__, data, args, "->", ascii(f(data, *args)))
    except (UnicodeDecodeError, ValueError) as e:
        print(f.__name__, data, args, "->", type(e).__name__, e)

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    for data in [rb"\N{abc", rb"ab\N{}x", rb"\N", rb"\Nx", rb"\N{", rb"\x", rb"\x4", b"a\\", rb"\q\u00e9\N{HYPHEN}"]:
        for final in (True, False):
            codec(codecs.unicode_escape_decode, data, "strict", final)
        codec(codecs.unicode_escape_decode, data, "replace")
    for data in [rb"\\\u0041", rb"\\u0041", rb"\q", b"\\", b"a\\", rb"\U00110000", rb"\u00e9\xe9", rb"\u00"]:
        for final in (True, False):
            codec(codecs.raw_unicode_escape_decode, data, "strict", final)
        codec(codecs.raw_unicode_escape_decode, data, "replace")
    for data in [rb"\x41\101\777\d", rb"\x4g", rb"\x", rb"ab\xg1", b"a\\", b"a\\\nb"]:
        for errors in ("strict", "replace", "ignore"):
            codec(codecs.escape_decode, data, errors)
