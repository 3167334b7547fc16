# Slicing syntax: defaults, negative indices and steps, slice objects, assignment and deletion, user classes.
s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[::2], s[1::3], s[::-1], s[8:2:-2], s[-1:-4:-1])
print(s[100:], s[-100:2], s[5:2], s[::-100], repr(s[3:3]))
lst = list(range(10))
print(lst[slice(2, 8, 3)], lst[slice(None)], lst[slice(5)], slice(1, 2).indices(10), slice(None, None, -1).indices(5))
sl = slice(1, 10, 2)
print(sl.start, sl.stop, sl.step, sl, slice(3), repr(slice(None, None, None)))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
try:
    lst[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    lst["a":"b"]
except TypeError as e:
    print(type(e).__name__, e)

a = list(range(8))
a[2:4] = ["x", "y", "z"]
print(a)
a[:0] = ["front"]
print(a)
a[len(a):] = ["back"]
print(a)
a[1:3] = []
print(a)
a[::3] = ["S"] * len(a[::3])
print(a)
del a[::2]
print(a)
del a[-2:]
print(a)
b = [1, 2, 3]
b[1:2] = "xyz"
print(b)
b[:] = range(3)
print(b)
try:
    b[::2] = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
t = (0, 1, 2, 3, 4)
print(t[1:4], t[::-2], type(t[1:2]).__name__)
r = range(0, 20, 3)
print(r[2:5], r[::-1], list(r[1::2]))
by = b"bytes"
print(by[1:3], by[::-1], by[0])

class Show:
    def __getitem__(self, key):
        return key
    def __setitem__(self, key, value):
        print("  set", key, value)
    def __delitem__(self, key):
        print("  del", key)
sh = Show()
print(sh[1:2], sh[:], sh[::], sh[1:2:3], sh[:, :], sh[1:2, ...], sh[-1:])
sh[::2] = "v"
del sh[:5]
lo, hi = 2, 5
print(s[lo:hi], s[lo + 1:hi * 2], s[len(s) // 2:])
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[1:] for row in m[:2]], m[-1][::-1], m[::2][0][::2])
