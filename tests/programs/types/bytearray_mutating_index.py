# bytearray item/slice access whose __index__ (or value conversion) resizes the buffer:
# CPython raises IndexError or works on the current contents, never crashes.
b = bytearray(b'Now you see me...')


class Boom:
    def __index__(self):
        b.clear()
        return 0


try:
    b[0] = Boom()
except IndexError as e:
    print('IndexError', e)

b = bytearray(b'abcdef')
try:
    b[Boom()] = 1
except IndexError as e:
    print('IndexError', e)

b = bytearray(b'abcdef')
print(b[Boom():5], b)
b = bytearray(b'abcdef')
try:
    del b[Boom()]
except IndexError as e:
    print('IndexError', e)
b = bytearray(b'abcdef')
b[Boom():3] = b'xyz'
print(b)
b = bytearray(b'abcdef')
b[0:6:Boom() if False else 2] = b'XYZ'
print(b)


class Shrink:
    def __iter__(self):
        b.clear()
        return iter([65, 66, 67])


b = bytearray(b'abcdef')
b[1:3] = Shrink()
print(b)
b = bytearray(b'abcdefgh')
b[::2] = b''
print(b)
b = bytearray(b'abcdef')
b[4:1] = b'xy'
print(b)
print(b[-1], b[::-2], b[1:100])
try:
    b[100]
except IndexError as e:
    print('IndexError', e)
m = memoryview(b)
try:
    b[0:2] = b''
except BufferError as e:
    print('BufferError', e)
m.release()
