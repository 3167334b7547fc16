# close() calls a subclass's flush(); _IOBase.__del__ is reachable through super();
# TextIOWrapper._CHUNK_SIZE is settable; an unclosed file warns ResourceWarning naming it.
import gc, io, warnings

record = []
class MyIO(io.BytesIO.__mro__[2]):  # _io._BufferedIOBase
    def __del__(self):
        record.append('del')
        super().__del__()
    def close(self):
        record.append('close')
        super().close()
    def flush(self):
        record.append('flush')
        super().flush()
f = MyIO(); del f; gc.collect()
print(record)

for tp in (io.BufferedWriter, io.BufferedReader):
    record = []
    class Sub(tp):
        def flush(self):
            record.append('flush')
            super().flush()
    b = Sub(io.BytesIO()); b.close()
    print(tp.__name__, record)

t = io.TextIOWrapper(io.BytesIO(b'abc' * 10), encoding='ascii')
print(t._CHUNK_SIZE)
t._CHUNK_SIZE = 4
print(t._CHUNK_SIZE, t.read(5))
for bad in (0, -1):
    try: t._CHUNK_SIZE = bad
    except ValueError as e: print(e)
try: del t._CHUNK_SIZE
except AttributeError as e: print(e)

with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter('always')
    f = open(__file__, 'rb')
    r = repr(f)
    f = None
    gc.collect()
print([w.category.__name__ for w in ws], [str(w.message) == 'unclosed file ' + r for w in ws])
