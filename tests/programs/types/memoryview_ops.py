# memoryview: over bytes and bytearray, slicing without copy, tobytes/tolist/hex, release, cast,
# format/itemsize/ndim/shape/readonly, writes through to bytearray, comparisons, errors.
def err(f, *a):
    try:
        r = f(*a)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("ok", repr(r))

m = memoryview(b"abcdef")
print(m[0], m[-1], m[1:3].tobytes(), m.tolist(), m.hex(), bytes(m[::2]), len(m), m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.strides, m.nbytes)
print(m == b"abcdef", m[1:3] == b"bc", m.obj, bytes(m) == b"abcdef", list(m[:2]), m.c_contiguous, m.contiguous)
ba = bytearray(b"hello")
mv = memoryview(ba)
mv[0] = ord("J")
mv[1:3] = b"EL"
print(ba, mv.readonly, mv.tobytes())
err(mv.__setitem__, 0, 300)
err(mv.__setitem__, slice(0, 2), b"xyz")
err(m.__setitem__, 0, 1)
err(ba.append, 1)
mv.release()
err(len, mv)
ba.append(33)
print(ba)
with memoryview(b"ctx") as cm:
    print(cm.tobytes())
err(cm.tobytes)
ints = memoryview(bytearray(b"\x01\x00\x02\x00\x03\x00\x04\x00")).cast("H")
print(ints.format, ints.itemsize, len(ints), ints.tolist(), ints[2], ints.nbytes, ints.shape)
grid = memoryview(bytes(range(6))).cast("B", (2, 3))
print(grid.shape, grid.ndim, grid.tolist(), grid.strides)
err(grid.__getitem__, 0)
print(grid[1, 2])
err(memoryview, "str")
err(memoryview, 5)
err(m.cast, "Q")
err(m.__getitem__, 10)
err(hash, memoryview(bytearray(b"x")))
print(hash(memoryview(b"abc")) == hash(b"abc"), memoryview(b"ab") == memoryview(bytearray(b"ab")), memoryview(b"a") != b"b")
print(memoryview(b"xyz").toreadonly().readonly, bytearray(memoryview(b"copy")), b"".join([memoryview(b"a"), b"b"]), memoryview(b"q").tolist())
print(type(m).__name__, memoryview.__mro__, m[::-1].tobytes(), m[::-2].tolist(), memoryview(b"")[0:0].tobytes())
