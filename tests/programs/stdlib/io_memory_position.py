import io
b=io.BytesIO(b'x'); b.close()
try: iter(b); print('ok iter')
except Exception as e: print(repr(e))
try: next(b)
except Exception as e: print(repr(e))
s=io.StringIO('x'); s.close()
try: iter(s); print('ok iter')
except Exception as e: print(repr(e))
try: next(s)
except Exception as e: print(repr(e))
s=io.StringIO('ab'); s.seek(5); print(repr(s.read()), s.tell()); s.seek(5); print(repr(s.readline()), s.tell())
s.write('z'); print(repr(s.getvalue()))
b=io.BytesIO(b'ab'); b.seek(5); print(b.read(), b.tell(), b.readline(), b.tell())
b.write(b'z'); print(b.getvalue())
for x in (io.BytesIO(b'a\nb\n'), io.StringIO('a\nb\n')):
    print(list(x), x.tell(), x.truncate(1), x.getvalue(), x.readable(), x.closed)
    try: x.truncate(-1)
    except ValueError as e: print(e)
# Writing nothing past the end pads nothing.
for x in (io.BytesIO(b'12'), io.StringIO('12')):
    x.seek(5); x.write(x.getvalue()[:0]); print(repr(x.getvalue()), x.tell())
# __getstate__/__setstate__ and pickling (protocol 2+).
import pickle
b = io.BytesIO(b'abc'); b.seek(1); b.foo = 42
print(b.__getstate__())
b2 = pickle.loads(pickle.dumps(b, 2)); print(b2.getvalue(), b2.tell(), b2.foo)
s = io.StringIO('a\r\nb', newline=''); s.seek(2); s.bar = 1
print(s.__getstate__())
s2 = pickle.loads(pickle.dumps(s)); print(repr(s2.getvalue()), s2.tell(), s2.bar, s2.newlines)
for bad in ((b'', -1, None), ('x', 0, None), (b'', 0.0, None), (b'', 0, 0), (b'x', 0), 0):
    try: io.BytesIO().__setstate__(bad)
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
for bad in (('', 'f', 0, None), ('', '', -1, None), (b'', '', 0, None), ('', '', 0.0, None), ('', '', 0, 0), ('x', 0)):
    try: io.StringIO().__setstate__(bad)
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
c = io.StringIO(); c.close()
for f in (c.__getstate__, lambda: c.__setstate__(('', '', 0, None))):
    try: f()
    except ValueError as e: print(e)
