# chr() and ord(): the whole range boundaries, surrogates, bytes/bytearray of length 1, errors for
# lengths and out-of-range values, and __index__ support in chr.
for cp in (0, 9, 10, 32, 65, 127, 128, 255, 256, 0x7FF, 0x800, 0xD7FF, 0xD800, 0xDFFF, 0xE000, 0xFFFD, 0xFFFF, 0x10000, 0x1F40D, 0x10FFFF):
    c = chr(cp)
    print(cp, ascii(c), ord(c) == cp, len(c), c.isprintable())
print(ord("a"), ord("€"), ord("🐍"), ord(b"a"), ord(bytearray(b"\xff")), ord("\n"), ord("\x00"))
class I:
    def __index__(self):
        return 97
print(chr(I()), chr(True), "".join(chr(c) for c in range(65, 91)), [ord(c) for c in "héllo"])
for bad in (-1, 0x110000, 2 ** 31, 2 ** 64):
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in (1.5, "a", None):
    try:
        chr(bad)
    except TypeError as e:
        print(type(e).__name__, e)
for bad in ("", "ab", b"", b"ab", bytearray(b"xy"), 5, None, ["a"]):
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(ord("\ud83d"), ord("\udc0d"), chr(0xD83D) + chr(0xDC0D) == "🐍", len(chr(0xD83D) + chr(0xDC0D)))
print(sum(map(ord, "checksum")), "".join(chr(ord(c) ^ 32) for c in "SwapCase"), "".join(map(chr, [72, 105])))
