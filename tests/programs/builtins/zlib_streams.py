# zlib: compressobj/decompressobj streaming, flush modes, strategies, dictionaries,
# unused_data, unconsumed_tail, eof, max_length and copy.
import zlib

data = b"".join(b"line %d: %s\n" % (i, b"abc" * (i % 7)) for i in range(300))

for strategy in (zlib.Z_DEFAULT_STRATEGY, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED):
    for mem in (1, 8, 9):
        c = zlib.compressobj(6, zlib.DEFLATED, 15, mem, strategy)
        out = c.compress(data[:1000]) + c.compress(data[1000:]) + c.flush()
        print(strategy, mem, len(out), zlib.crc32(out), zlib.decompress(out) == data)

c = zlib.compressobj()
parts = [c.compress(data[:500]), c.flush(zlib.Z_SYNC_FLUSH), c.compress(data[500:]),
         c.flush(zlib.Z_FULL_FLUSH), c.flush()]
print([len(p) for p in parts], parts[1][-4:])
whole = b"".join(parts)
print(zlib.decompress(whole) == data)
try:
    c.compress(b"more")
except zlib.error as e:
    print("after finish:", e)

# decompressobj in small pieces
d = zlib.decompressobj()
out = b""
for i in range(0, len(whole), 37):
    out += d.decompress(whole[i:i + 37])
out += d.flush()
print(out == data, d.eof, d.unused_data, d.unconsumed_tail)

# unused data after the end of the stream
d = zlib.decompressobj()
print(d.decompress(zlib.compress(b"payload") + b"EXTRA"), d.unused_data, d.eof)
print(d.decompress(b"more"), d.unused_data)

# max_length and unconsumed_tail
comp = zlib.compress(data)
d = zlib.decompressobj()
chunk = d.decompress(comp, 100)
print(len(chunk), len(d.unconsumed_tail) > 0, d.eof)
got = chunk
while d.unconsumed_tail:
    got += d.decompress(d.unconsumed_tail, 1000)
got += d.flush()
print(got == data, d.eof)

# preset dictionaries
zdict = b"line abcabcabc"
c = zlib.compressobj(zdict=zdict)
cd = c.compress(data) + c.flush()
print(len(cd), len(comp))
d = zlib.decompressobj(zdict=zdict)
print(d.decompress(cd) == data)
try:
    zlib.decompress(cd)
except zlib.error as e:
    print(e)
# raw stream with a dictionary
c = zlib.compressobj(wbits=-15, zdict=zdict)
raw = c.compress(data) + c.flush()
d = zlib.decompressobj(wbits=-15, zdict=zdict)
print(d.decompress(raw) == data)

# copy
c = zlib.compressobj()
p = c.compress(b"shared prefix ")
c2 = c.copy()
a = p + c.compress(b"one") + c.flush()
b = p + c2.compress(b"two") + c2.flush()
print(zlib.decompress(a), zlib.decompress(b))
d = zlib.decompressobj()
half = d.decompress(comp[:50])
d2 = d.copy()
print((half + d.decompress(comp[50:])) == data, (half + d2.decompress(comp[50:])) == data)
try:
    c.copy()
except ValueError as e:
    print(e)

def err(f, *a):
    try:
        f(*a)
    except Exception as e:
        print(type(e).__name__, e)

d = zlib.decompressobj()
err(d.decompress, b"x", -1)
err(d.flush, 0)
err(d.decompress, b"not zlib at all")
print(type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__name__)
print(zlib.compressobj().flush(zlib.Z_NO_FLUSH))
