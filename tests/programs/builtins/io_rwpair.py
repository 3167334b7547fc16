# io.BufferedRWPair: reads from one raw stream, writes to another; peek/read1/readinto,
# flush, readable/writable/isatty, close and closed, argument checks.
import io

r = io.BytesIO(b"first line\nsecond line\nrest")
w = io.BytesIO()
p = io.BufferedRWPair(r, w)
print(p.readable(), p.writable(), p.isatty(), p.closed)
print(p.read(5), p.peek(1)[:1], p.read1(3))
buf = bytearray(4)
print(p.readinto(buf), buf)
print(p.read())
print(p.write(b"out"), w.getvalue())
p.flush()
print(w.getvalue())
p.write(b" more")
p.close()
print(p.closed, r.closed, w.closed)
try:
    p.read()
except ValueError as e:
    print(e)
small = io.BufferedRWPair(io.BytesIO(b"abc"), io.BytesIO(), 1)
print(small.read(2))

class NotReadable(io.RawIOBase):
    def readable(self):
        return False
try:
    io.BufferedRWPair(NotReadable(), io.BytesIO())
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
class NotWritable(io.RawIOBase):
    def readable(self):
        return True
try:
    io.BufferedRWPair(io.BytesIO(), NotWritable())
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
print(isinstance(p, io.BufferedIOBase), type(p).__name__)
