# array.array exports its bytes as a buffer: bytes(), bytearray(), concatenation,
# memoryview, binascii and base64 take it; comparing with bytes is not by bytes.
import array
a = array.array('h', [1, 2])
print(bytes(a), bytearray(a), b'-' + a, memoryview(a).tobytes(), a == b'\x01\x00\x02\x00')
import binascii, base64
print(binascii.hexlify(a), base64.b64encode(array.array('B', b'hi')))
