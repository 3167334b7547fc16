# slice objects: attributes, indices(), repr, equality/hash (3.11: unhashable), use in __getitem__,
# and slicing of user classes.
def err(f, *a):
    try:
        r = f(*a)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("ok", repr(r))

s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, None), slice("a", [1], None), repr(slice(None, None, -1)))
for sl in (slice(None), slice(2, None), slice(None, -2), slice(-3, None, -1), slice(None, None, -2), slice(100, -100, -1), slice(-100, 100)):
    for n in (0, 1, 5, 10):
        print(sl, n, sl.indices(n), len(range(*sl.indices(n))))
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3), slice(1, 2) < slice(1, 3), slice(0, 5) == slice(0, 5, None))
err(hash, slice(1, 2))
err(slice(None, None, 0).indices, 5)
err(slice(1, 2).indices, -1)
err(slice("a", 2).indices, 5)
err(slice)
err(slice, 1, 2, 3, 4)
class Seq:
    def __getitem__(self, key):
        return key
q = Seq()
print(q[1], q[1:2], q[::3], q[1:2, 3], q[...], q[:, None], q["k"], q[-1:], q[::])
print(q[1:2].__class__.__name__, type(q[:]), q[:].start, q[1:2:3].step)
class Wrap:
    def __init__(self, data):
        self.data = data
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Wrap(self.data[i])
        return self.data[i]
    def __len__(self):
        return len(self.data)
    def __repr__(self):
        return "Wrap(%r)" % (self.data,)
w = Wrap([0, 1, 2, 3, 4])
print(w[1:3], w[::-1], w[2], len(w), list(w), w[slice(None, None, 2)][1])
s2 = slice(2, 8, 3)
print("abcdefghij"[s2], [1, 2, 3, 4, 5, 6, 7, 8, 9][s2], (1, 2, 3)[slice(None)], range(20)[s2], b"0123456789"[s2])
err(setattr, s, "start", 5)
print(slice(1, 2).__reduce__(), slice.__mro__, isinstance(s, slice))
