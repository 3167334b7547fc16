import struct

print(struct.pack('>hH3s?', -2, 3, b'ab', 5), struct.calcsize('@bi'), struct.calcsize('=bi'), struct.calcsize('<qd'))
print(struct.unpack('<iQd', struct.pack('<iQd', -7, 2 ** 64 - 1, 1.5)), struct.unpack('>4sc', b'abcde'))
print(struct.pack('<f', 0.1), struct.unpack('<f', struct.pack('<f', 0.1)), struct.pack('5p', b'hi'))
s = struct.Struct('<hh')
print(s.size, s.format, s.pack(1, 2), s.unpack(b'\x01\x00\x02\x00'), list(s.iter_unpack(b'\x01\x00\x02\x00' * 2)))
print(struct.unpack_from('<h', b'xx\x05\x00', 2), s.unpack_from(b'\x00\x00\x01\x00\x02\x00', offset=2))
ba = bytearray(6); struct.pack_into('<hh', ba, 2, 3, 4); print(ba)
for f, a in [('b', 300), ('B', -1), ('h', 70000), ('<h', 70000), ('H', -1), ('i', 2 ** 40), ('<i', 2 ** 40), ('I', -1),
             ('l', 2 ** 70), ('<l', 2 ** 40), ('q', 2 ** 70), ('Q', -1), ('b', 1.5), ('d', 'x'), ('c', b'ab'), ('s', 1), ('<n', 1)]:
    try:
        struct.pack(f, a)
    except struct.error as e:
        print(f, e)
for f in ['z', '3', '<P']:
    try:
        struct.calcsize(f)
    except struct.error as e:
        print(f, e)
for bad in (lambda: struct.unpack('i', b'12'), lambda: struct.unpack_from('i', b'12', 1), lambda: struct.pack('ii', 1),
            lambda: list(struct.iter_unpack('i', b'123'))):
    try:
        bad()
    except struct.error as e:
        print(e)
print(struct.error, struct.error.__mro__[1])
