# A simple buffer request (binascii, bytes methods' arguments, concatenation, join) on a
# memoryview whose items are not one after another is a BufferError or the caller's
# TypeError; bytes()/bytearray()/tobytes() copy it item by item.
import binascii

m = memoryview(bytearray(b'noncontig'))[::-2]
c = memoryview(bytearray(b'contiguous'))[2:6]
for f in (lambda: binascii.b2a_hex(m), lambda: binascii.hexlify(c),
          lambda: binascii.crc32(m), lambda: binascii.b2a_base64(m),
          lambda: bytes(m), lambda: bytearray(m), lambda: m.tobytes(), lambda: m.tolist(),
          lambda: b'x'.find(m), lambda: b'xgt'.startswith(m), lambda: b'x' + m,
          lambda: bytearray(b'x') + m, lambda: b'x' + c, lambda: b''.join([m]),
          lambda: b'-'.join([c, c]), lambda: m.hex(), lambda: m.cast('B'),
          lambda: m.contiguous, lambda: c.contiguous, lambda: m.strides, lambda: len(m)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
