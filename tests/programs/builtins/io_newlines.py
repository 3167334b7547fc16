# io: IncrementalNewlineDecoder (pending \r across chunks, translate, newlines census,
# getstate/setstate/reset) and TextIOWrapper's newline modes and newlines attribute.
import codecs, io

d = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode("a\r")), d.newlines, d.getstate())
print(repr(d.decode("\nb\rc\n")), d.newlines)
print(repr(d.decode("end\r", final=True)), d.newlines)
d.reset()
print(d.newlines, d.getstate())

u = io.IncrementalNewlineDecoder(codecs.getincrementaldecoder("utf-8")(), translate=False)
print(repr(u.decode(b"x\r\n\xc3")), u.getstate(), u.newlines)
print(repr(u.decode(b"\xa9\r")), u.getstate())
state = u.getstate()
print(repr(u.decode(b"\n", final=True)), u.newlines)
u.setstate(state)
print(repr(u.decode(b"z")), u.getstate())
try:
    io.IncrementalNewlineDecoder(None, True).decode(b"bytes")
except TypeError as e:
    print(e)

class Sub(io.IncrementalNewlineDecoder):
    pass
print(repr(Sub(None, False).decode("q\r\n")))

data = b"one\r\ntwo\rthree\nfour\r\n"
for nl in (None, "", "\n", "\r", "\r\n"):
    t = io.TextIOWrapper(io.BytesIO(data), encoding="ascii", newline=nl)
    lines = t.readlines()
    print(repr(nl), lines, t.newlines)
t = io.TextIOWrapper(io.BytesIO(b"a\nb\n"), encoding="ascii")
print(t.newlines, t.readline(), t.newlines)
for nl in (None, "", "\n", "\r", "\r\n"):
    b = io.BytesIO()
    t = io.TextIOWrapper(b, encoding="ascii", newline=nl)
    t.write("x\ny\r\nz\r")
    t.flush()
    print(repr(nl), b.getvalue())
s = io.StringIO("p\r\nq\rr\n", newline=None)
print(s.readlines(), s.newlines)
for nl in (None, "", "\n", "\r", "\r\n"):
    s = io.StringIO("a\r\nb", newline=nl)
    first = s.newlines
    s.write("x\ry")
    print(repr(nl), first, s.newlines)
