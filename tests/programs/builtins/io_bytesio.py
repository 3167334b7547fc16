# io.BytesIO: write/read/read1/readline/readinto/iteration, seek/tell/truncate, getvalue,
# writing past the end, closed-file errors, and the io class hierarchy it sits in.
import io

b = io.BytesIO(b"hello\nworld\n")
print(b.read(3), b.tell(), b.readline(), b.read1(2), b.read(), b.read())
print(b.seek(0), list(b))
b.seek(0)
print(b.readlines())
buf = bytearray(4)
b.seek(2)
print(b.readinto(buf), buf)
print(b.seek(-3, 2), b.read(), b.seek(1, 0), b.seek(2, 1))
w = io.BytesIO()
print(w.write(b"abc"), w.write(bytearray(b"de")), w.write(memoryview(b"f")), w.getvalue())
w.seek(8)
w.write(b"!")
print(w.getvalue(), w.tell(), w.truncate(4), w.getvalue(), w.tell())
try:
    w.write("str")
except TypeError as e:
    print(type(e).__name__, e)
try:
    w.seek(-1)
except ValueError as e:
    print(type(e).__name__, e)
print(w.readable(), w.writable(), w.seekable(), w.isatty(), w.closed)
with io.BytesIO(b"x") as c:
    print(c.read())
print(c.closed)
for op in (c.read, c.getvalue, c.tell, lambda: c.write(b"x")):
    try:
        op()
    except ValueError as e:
        print(type(e).__name__, e)
print(isinstance(b, io.BufferedIOBase), isinstance(b, io.IOBase), isinstance(b, io.RawIOBase))
print(io.BytesIO.__mro__)
