# io.StringIO: write/read/readline/iteration, seek/tell/truncate, getvalue, newline
# translation, closed-file errors, print(file=...), redirecting sys.stdout, subclassing.
import io
import sys

s = io.StringIO()
print(s.write("first\n"), s.write("é🐍 second\n"), s.tell())
print(repr(s.getvalue()))
print(s.seek(0), repr(s.read(5)), repr(s.readline()), repr(s.readline()), repr(s.readline()))
s.seek(0)
print([line for line in s])
s.seek(0)
print(s.readlines())
print(s.seek(0, 2), s.tell(), s.truncate(3), repr(s.getvalue()), s.tell())
s.write("X")
print(repr(s.getvalue()))
s.seek(10)
s.write("Z")
print(repr(s.getvalue()))
t = io.StringIO("line1\nline2\r\nline3\rend")
print(t.readlines())
u = io.StringIO("a\r\nb\rc\n", newline=None)
print(repr(u.getvalue()), u.readlines())
v = io.StringIO(newline="")
v.write("x\r\ny\rz\n")
v.seek(0)
print(v.readlines())
w = io.StringIO(newline="\r\n")
w.write("one\ntwo\n")
print(repr(w.getvalue()))
for bad in ((1, 1), (-1, 0), (0, 3)):
    try:
        s.seek(*bad)
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)
try:
    s.write(b"bytes")
except TypeError as e:
    print(type(e).__name__, e)
try:
    io.StringIO(newline="x")
except ValueError as e:
    print(type(e).__name__, e)
print(s.readable(), s.writable(), s.seekable(), s.closed, s.line_buffering)
s.close()
print(s.closed)
for op in (s.getvalue, s.read, s.tell, lambda: s.write("x"), lambda: iter(s)):
    try:
        op()
    except ValueError as e:
        print(type(e).__name__, e)
out = io.StringIO()
print("to", "buffer", sep="-", end="!\n", file=out)
print(repr(out.getvalue()))
old = sys.stdout
sys.stdout = cap = io.StringIO()
print("captured")
sys.stdout = old
print(repr(cap.getvalue()))
class Upper(io.StringIO):
    def write(self, text):
        return super().write(text.upper())
with Upper() as up:
    print("shout", file=up)
    print(type(up).__name__, repr(up.getvalue()), isinstance(up, io.TextIOBase))
print(up.closed)
