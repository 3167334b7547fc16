# memoryview slices are views: writes through slices (nested, stepped, negative steps)
# reach the bytearray; strides, contiguity, tobytes/tolist, casts of contiguous slices.
ba = bytearray(b"abcdefghij")
m = memoryview(ba)
s = m[2:6]
print(bytes(s), len(s), s.nbytes, s.strides, s.contiguous)
s[0] = ord("X")
s[1:3] = b"YZ"
print(ba)
t = s[1:]
t[0] = ord("!")
print(ba, bytes(t), t.tolist())
step = m[::2]
print(bytes(step), step.strides, step.contiguous, step.c_contiguous, len(step))
step[1] = ord("#")
step[2:4] = b"@@"
print(ba)
rev = m[::-1]
print(bytes(rev), rev.strides)
rev[0] = ord("$")
print(ba, bytes(rev[1:4]), bytes(rev[::3]))
nested = m[1:9][::2][1:3]
print(bytes(nested), nested.strides)
nested[:] = b"()"
print(ba)
print(bytes(m[5:2]), len(m[5:2]), m[5:2].tolist())
print(memoryview(ba)[3:7] == ba[3:7], m[::2] == bytes(ba[::2]))
print(bytes(memoryview(s)), hash(memoryview(b"abcdef")[1:4]) == hash(b"bcd"))
c = memoryview(bytearray(range(16)))[4:12].cast("I")
print(c.tolist(), c.format, c.itemsize, c.nbytes)
c[0] = 0x01020304
print(bytes(c.obj[4:8]))
try:
    m[::2].cast("H")
except TypeError as e:
    print(e)
try:
    s[0:2] = b"abc"
except ValueError as e:
    print(e)
try:
    memoryview(b"bytes")[1:3][0] = 1
except TypeError as e:
    print(e)
try:
    ba.append(1)
except BufferError as e:
    print("BufferError", e)
ro = memoryview(b"0123456789")[1::3]
print(bytes(ro), ro.readonly, ro.tolist())
print(b"".join([m[0:1], m[9:10]]), bytes(m[2:4]).hex(), m[2:6].hex())
f = open(__file__, "rb")
buf = bytearray(20)
f.readinto(memoryview(buf)[5:10])
f.close()
print(buf[:5], buf[5:10], buf[10:])
