# struct: pack_into/unpack_from offsets and targets, format parsing limits (CPython's prepare_s)
import array
import struct
import sys


def show(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


# writable targets: bytearray, array.array, memoryview of a bytearray
buf = bytearray(8)
struct.pack_into("<hh", buf, 2, 1, -2)
print(buf)
arr = array.array("b", b" " * 10)
struct.pack_into("3s", arr, 1, b"abc")
print(arr.tobytes())
arr2 = array.array("H", [0, 0, 0])
struct.pack_into("<H", arr2, 2, 0xBEEF)
print(arr2)
mv = memoryview(bytearray(4))
struct.Struct("<I").pack_into(mv, 0, 0x01020304)
print(bytes(mv))
show(struct.pack_into, "b", b"readonly", 0, 1)
show(struct.pack_into, "b", "str", 0, 1)
show(struct.pack_into, "b", memoryview(b"ro"), 0, 1)

# argument counts are struct.error
show(struct.pack_into, "b")
show(struct.pack_into, "b", bytearray(2))
show(struct.pack_into, "bb", bytearray(2), 0, 1)

# negative offsets
ba = bytearray(10)
show(struct.pack_into, "<I", ba, -2, 123)
show(struct.pack_into, "<B", ba, -11, 123)
show(struct.pack_into, "<B", ba, -10, 7)
print(ba)
show(struct.pack_into, "<I", ba, 8, 1)
show(struct.unpack_from, "<I", ba, -2)
show(struct.unpack_from, "<B", ba, -11)
show(struct.unpack_from, "<B", ba, -10)
show(struct.unpack_from, "<I", ba, 8)

# the 'p' code: up to size - 1 bytes, the length byte saturates at 255
print(struct.pack("300p", b"x" * 300)[:3], len(struct.pack("300p", b"x" * 300)))
print(struct.pack("300p", b"x" * 300).count(b"x"))
print(struct.unpack("300p", struct.pack("300p", b"x" * 300))[0] == b"x" * 255)
print(struct.pack("3p", b"abc"), struct.pack("p", b"abc"))

# format parsing
for f in ["\0", "2\0i", b"\0", "3", "i\x0bi", "\x0ci", " 2 i", "é", b"\xff",
          "{}b{}H".format(sys.maxsize // 2, sys.maxsize // 2),
          "{}b".format(sys.maxsize + 1), "{}b".format(sys.maxsize),
          "{}x".format(sys.maxsize), "{}s".format(sys.maxsize),
          "1000000000000i", "0i", "@b0ib", "b3xi"]:
    show(struct.calcsize, f)
show(struct.pack, "1000000000000x")
print(struct.pack("@b0ib", 1, 2), struct.unpack("3b2h", bytes(8)))
