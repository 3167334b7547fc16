# zlib: one-shot compress/decompress at every level, wbits forms, checksums, errors.
import zlib

data = b"The quick brown fox jumps over the lazy dog. " * 40 + bytes(range(256))
for level in range(-1, 10):
    c = zlib.compress(data, level)
    assert zlib.decompress(c) == data
    print(level, len(c), zlib.crc32(c), c[:2].hex())

for wbits in (9, 12, 15, -15, -9, 31, 16 + 9):
    c = zlib.compress(data, 6, wbits)
    print("wbits", wbits, len(c), zlib.adler32(c))
    print(zlib.decompress(c, wbits) == data)
# automatic header detection
print(zlib.decompress(zlib.compress(b"auto", 6, 31), 47))
print(zlib.decompress(zlib.compress(b"auto", 6, 15), 47))

print(zlib.crc32(b""), zlib.crc32(b"hello"), zlib.crc32(b" world", zlib.crc32(b"hello")))
print(zlib.crc32(b"hello world"), zlib.crc32(b"abc", -1), zlib.crc32(b"abc", 2**40 + 5))
print(zlib.adler32(b""), zlib.adler32(b"hello"), zlib.adler32(b"x", 12345))
print(zlib.compress(b""), zlib.compress(b"a"), zlib.compress(bytearray(b"abc"), level=9))
print(zlib.decompress(memoryview(zlib.compress(b"view"))))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.Z_BEST_COMPRESSION)
print(zlib.Z_FINISH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_NO_FLUSH, zlib.Z_RLE, zlib.Z_FIXED)
print(issubclass(zlib.error, Exception), zlib.error.__module__, zlib.error.__name__)

def err(f, *a, **k):
    try:
        f(*a, **k)
    except Exception as e:
        print(type(e).__name__, e)

err(zlib.decompress, b"abc")
err(zlib.decompress, zlib.compress(b"hello")[:-2])
err(zlib.decompress, b"x", wbits=99)
err(zlib.decompress, b"x", bufsize=-1)
err(zlib.compress, b"", 10)
err(zlib.compress, "str")
err(zlib.crc32, "str")
err(zlib.compressobj, wbits=99)
err(zlib.decompressobj, wbits=99)
err(zlib.compressobj, zdict=1)
err(zlib.compressobj, strategy=99)
err(zlib.compressobj, method=9)
# trailing data after the stream is ignored by the one-shot decompress
print(zlib.decompress(zlib.compress(b"abc") + b"junk"))
