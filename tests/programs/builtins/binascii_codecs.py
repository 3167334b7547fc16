# binascii: base64, hex with separators, crc32, crc_hqx, errors; base64 module basics.
import binascii

data = bytes(range(0, 256, 7))
for n in range(6):
    e = binascii.b2a_base64(data[:n])
    print(e, binascii.a2b_base64(e) == data[:n], binascii.b2a_base64(data[:n], newline=False))
print(binascii.a2b_base64("aGVs\nbG8=\n"), binascii.a2b_base64(b"aGVsbG8=garbage"))
print(binascii.a2b_base64(b"a G V s b G 8 = "), binascii.a2b_base64(b"aGVsbA=="))
print(binascii.hexlify(b"\x01\xab\xff"), binascii.b2a_hex(b"abc", "-"), binascii.hexlify(b"abcdef", b":", 2))
print(binascii.hexlify(b"abcdefg", ":", -2), binascii.unhexlify("0aFf"), binascii.a2b_hex(b"00"))
print(binascii.crc32(b"hello"), binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.crc32(b"x", -1))
print(binascii.crc_hqx(b"hello", 0), binascii.crc_hqx(b"123456789", 0xffff), binascii.crc_hqx(b"", 0x12345))
print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception))

def err(f, *a, **k):
    try:
        f(*a, **k)
    except Exception as e:
        print(type(e).__name__, e)

err(binascii.a2b_base64, b"abcde")
err(binascii.a2b_base64, b"ab")
err(binascii.a2b_base64, b"ab=c", strict_mode=True)
err(binascii.a2b_base64, b"=abc", strict_mode=True)
err(binascii.a2b_base64, b"ab!c", strict_mode=True)
err(binascii.a2b_base64, b"abc==", strict_mode=True)
err(binascii.a2b_base64, b"ab==cd", strict_mode=True)
err(binascii.a2b_base64, "é")
err(binascii.a2b_base64, 5)
err(binascii.unhexlify, b"abc")
err(binascii.unhexlify, b"zz")
err(binascii.hexlify, b"ab", "--")
err(binascii.b2a_base64, "str")
print(binascii.a2b_base64(b"ab==cd"))
