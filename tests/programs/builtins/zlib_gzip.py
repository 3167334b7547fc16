# gzip and hmac over zlib and the built-in hashes: fixed mtime so the bytes are stable.
import gzip, hashlib, hmac, io

buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as f:
    f.write(b"gzip data " * 10)
    f.write(b"tail\n")
print(buf.getvalue().hex())
print(gzip.decompress(buf.getvalue()))
print(gzip.compress(b"abc", mtime=0))
print(gzip.compress(b"abc" * 100, compresslevel=1, mtime=0).hex())
with gzip.GzipFile(fileobj=io.BytesIO(buf.getvalue())) as f:
    print(f.read(5), f.readline(), f.read())
# two members concatenated
two = gzip.compress(b"one ", mtime=0) + gzip.compress(b"two", mtime=0)
print(gzip.decompress(two))
try:
    gzip.decompress(b"\x1f\x8b\x08\x00garbage")
except Exception as e:
    print(type(e).__name__, e)
print(hmac.new(b"key", b"msg", "sha256").hexdigest())
print(hmac.new(b"key", b"msg", hashlib.md5).hexdigest())
print(hmac.digest(b"key", b"msg", "sha1").hex())
print(hmac.compare_digest(b"a", b"a"), hmac.compare_digest("a", "b"))
print(hashlib.file_digest(io.BytesIO(b"abc" * 1000), "sha1").hexdigest())
