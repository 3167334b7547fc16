# memoryview: a released view refuses buffer use (bytes(), tobytes, len...) with ValueError,
# compares equal only to itself and says so in its repr; the hash is kept after release;
# suboffsets; ordering with bytes is a TypeError; assignment key checks as CPython's.


def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

for tp in (bytes, bytearray):
    b = tp(b"abcdef")
    m = memoryview(b)
    print(tp.__name__, m.suboffsets, m.shape, m.strides, m.ndim, m.readonly)
    with m as cm:
        print(cm is m)
    for f in (lambda: bytes(m), m.tobytes, m.tolist, lambda: m[0], lambda: len(m),
              lambda: m.format, lambda: m.shape, lambda: m.suboffsets, lambda: bytearray(m),
              lambda: b"x" + m, lambda: m.hex()):
        show(f)
    print("<released memory at 0x" in repr(m), "released memory" in str(m), hasattr(m, "released"))
    print(m == m, m != m, m == memoryview(tp(b"abcdef")), m == tp(b"abcdef"))
    m.release()

# Hash: computed once, kept after release; never computed before release is an error.
m = memoryview(b"abcdef")
print(hash(m) == hash(b"abcdef"))
m.release()
print(hash(m) == hash(b"abcdef"))
m = memoryview(b"abcdef")
m.release()
show(lambda: hash(m))
show(lambda: hash(memoryview(bytearray(b"ab"))))

# Ordering: memoryview and bytes do not order; bytearray orders with any buffer.
m = memoryview(b"abcdef")
for c in (m, b"abcdef"):
    show(lambda: m < c)
    show(lambda: c <= m)
show(lambda: bytearray(b"abc") < memoryview(b"abd"))
show(lambda: memoryview(b"abd") > bytearray(b"abc"))
show(lambda: b"abc" == memoryview(b"abc"))
show(lambda: b"abc" < bytearray(b"abd"))

# Assignment keys.
b = bytearray(b"abcdef")
m = memoryview(b)
def setitem(key, value):
    m[key] = value
for key, value in [(6, 1), (-7, 1), (0.0, 1), ((0,), 1), ((0,), b"a"), ((slice(0, 1, 1), 0), b"a"),
                   ((0, slice(0, 1, 1)), b"a"), ("a", b"a"), ((slice(0, 1, 1), slice(0, 1, 2)), b"a"),
                   ((0, 0), 1), (0, b""), (0, b"ab"), (slice(1, 1), b"a"), (slice(0, 2), b"a"),
                   ((1,), 50), (slice(2, 4), b"XY")]:
    print(key, value, end=" ")
    show(lambda: setitem(key, value))
print(b)
show(lambda: memoryview(b"ab").__setitem__(0, 1))
