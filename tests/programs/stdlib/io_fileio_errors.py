# FileIO.__init__ failures leave a descriptor it was given open; a bad descriptor is EBADF;
# io objects take weak references; open(buffering=1) in binary mode warns.
import errno, io, os, warnings, weakref

fd = os.open('.', os.O_RDONLY)
try:
    io.FileIO(fd, 'r')
except OSError as e:
    print('dir:', e.errno == errno.EISDIR)
os.close(fd)
print('given fd still open after EISDIR')

class Blocked(io.FileIO):
    def __setattr__(self, name, value):
        if name == 'name':
            raise RuntimeError('blocked')
        super().__setattr__(name, value)

fd = os.open(__file__, os.O_RDONLY)
try:
    Blocked(fd)
except RuntimeError as e:
    print('init failed:', e)
os.close(fd)
print('given fd still open after a failed __init__')

r, w = os.pipe()
os.close(r); os.close(w)
try:
    io.FileIO(r)
except OSError as e:
    print('bad fd:', e.errno == errno.EBADF, e)

for obj in (io.BytesIO(), io.StringIO(), io.FileIO(__file__), open(__file__, 'rb'), open(__file__)):
    ref = weakref.ref(obj)
    print(type(obj).__name__, ref() is obj)
    if hasattr(obj, 'close'):
        obj.close()

with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter('always')
    with open(__file__, 'rb', buffering=1) as f:
        pass
    for x in ws:
        print(x.category.__name__, x.message)
