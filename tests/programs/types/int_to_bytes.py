# int.to_bytes / int.from_bytes: byteorder, signed, lengths, overflow errors.
def err(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("ok", repr(r))

print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (1024).to_bytes(4, byteorder="big"))
print((0).to_bytes(0, "big"), (0).to_bytes(3, "little"), (255).to_bytes(1, "big"), (1).to_bytes())
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True), (127).to_bytes(1, "big", signed=True))
print((2 ** 64 - 1).to_bytes(8, "big"), (-(2 ** 63)).to_bytes(8, "big", signed=True))
print((0x0102030405).to_bytes(5, "big").hex(), (0x0102030405).to_bytes(5, "little").hex())
err((256).to_bytes, 1, "big")
err((-1).to_bytes, 1, "big")
err((128).to_bytes, 1, "big", signed=True)
err((-129).to_bytes, 1, "big", signed=True)
err((1).to_bytes, 1, "middle")
err((1).to_bytes, -1, "big")
err((1).to_bytes, 1.0, "big")
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b""), int.from_bytes(b"", "big", signed=True))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"), int.from_bytes(b"\x80", "big", signed=True))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x01\x00"), "little"), int.from_bytes(b"\x01" * 20, "big"))
print(int.from_bytes(iter([255, 0]), "little"), int.from_bytes((7,), byteorder="big"))
err(int.from_bytes, b"\x01", "sideways")
err(int.from_bytes, "abc", "big")
err(int.from_bytes, [256], "big")
err(int.from_bytes, [-1], "big")
class MyInt(int):
    pass
v = MyInt.from_bytes(b"\x00\x10", "big")
print(type(v).__name__, v, bool.from_bytes(b"\x01", "big"), bool.from_bytes(b"\x00", "big"))
for n in (0, 1, -1, 127, 128, -128, -129, 255, 256, 65535, -65536, 10 ** 20, -(10 ** 20)):
    length = (n.bit_length() + 8) // 8
    b = n.to_bytes(length, "little", signed=True)
    print(n, length, b.hex(), int.from_bytes(b, "little", signed=True) == n)
