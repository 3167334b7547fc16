# hashlib over the built-in hash modules: every algorithm, update/copy, names and sizes.
import hashlib

msgs = [b"", b"abc", b"The quick brown fox jumps over the lazy dog", bytes(range(256)) * 5]
names = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512",
         "sha3_224", "sha3_256", "sha3_384", "sha3_512", "blake2b", "blake2s"]
for name in names:
    for m in msgs:
        h = hashlib.new(name, m)
        print(name, h.hexdigest())
    h = getattr(hashlib, name)()
    print(h.name, h.digest_size, h.block_size)
    h.update(b"ab")
    h2 = h.copy()
    h.update(b"c")
    print(h.hexdigest() == getattr(hashlib, name)(b"abc").hexdigest(),
          h2.hexdigest() == getattr(hashlib, name)(b"ab").hexdigest())
    print(h.digest() == bytes.fromhex(h.hexdigest()))

for name in ["shake_128", "shake_256"]:
    h = hashlib.new(name, b"abc")
    print(name, h.hexdigest(10), h.digest(5), h.digest_size, h.block_size, h.name)
    print(len(h.digest(100)), h.hexdigest(0))

print(hashlib.md5(b"x", usedforsecurity=False).hexdigest())
print(hashlib.sha256(string=b"kw").hexdigest())
print(hashlib.sha256(memoryview(b"mv")).hexdigest(), hashlib.sha1(bytearray(b"ba")).hexdigest())
print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.blake2b(b"k", digest_size=16).hexdigest())
print(hashlib.blake2b(b"k", key=b"secret", salt=b"salt", person=b"me").hexdigest())
print(hashlib.blake2s(b"k", digest_size=20, key=b"k2").hexdigest())
print(hashlib.blake2b(b"tree", fanout=2, depth=2, leaf_size=4096, node_offset=1,
                      node_depth=1, inner_size=64, last_node=True).hexdigest())
print(hashlib.blake2s(b"tree", fanout=0, depth=255, node_offset=2**47).hexdigest())

def err(f, *a, **k):
    try:
        f(*a, **k)
    except Exception as e:
        print(type(e).__name__, e)

err(hashlib.sha256, "text")
err(hashlib.md5().update, 5)
err(hashlib.blake2b, digest_size=65)
err(hashlib.blake2b, key=b"x" * 65)
err(hashlib.blake2s, salt=b"x" * 9)
err(hashlib.blake2b, fanout=256)
err(hashlib.blake2b, depth=0)
err(hashlib.blake2s, node_offset=2**48)
err(hashlib.new, "nope")
