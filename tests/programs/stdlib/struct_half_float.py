# struct's 'e' format: IEEE 754 half precision, rounding half to even, overflow.
import math
import struct

for x in [0.0, -0.0, 1.0, -2.5, 65504.0, 65519.99, 6.1e-05, 5.96e-08, 2.98e-08, 2.9e-08,
          1/3, 1e-10, math.inf, -math.inf, 0.1, 1.0009765625, 1.00048828125, 1.00146484375]:
    b = struct.pack('<e', x)
    print(repr(x), b, struct.pack('>e', x), struct.unpack('<e', b)[0])
print(math.isnan(struct.unpack('<e', struct.pack('<e', math.nan))[0]))
print(struct.pack('<e', -math.nan)[1] & 0x80 != 0)
print(struct.calcsize('e'), struct.calcsize('@be'), struct.calcsize('<be'))
for x in [65520.0, 1e300, -1e10]:
    try:
        struct.pack('e', x)
    except OverflowError as e:
        print('OverflowError', e)
for v in ['x', None]:
    try:
        struct.pack('e', v)
    except struct.error as e:
        print('error', e)
print(struct.unpack('<3e', bytes([0, 0x7c, 0, 0xfc, 1, 0])))
for fmt in ['{}b'.format(2**63), '{}b{}H'.format(2**62, 2**62)]:
    try:
        struct.calcsize(fmt)
    except (struct.error, MemoryError, OverflowError) as e:
        print(type(e).__name__, e)
