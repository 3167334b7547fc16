# list slicing: reads with all step/sign combinations, slice assignment (growing, shrinking, extended),
# del slices, and their errors.
def err(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("ok", repr(r))

L = list(range(10))
print(L[2:5], L[:3], L[7:], L[-3:], L[:-7], L[::2], L[1::2], L[::-1], L[::-3], L[8:2:-2], L[2:8:-1], L[-1:-4:-1], L[100:], L[-100:2])
a = list(range(6))
a[1:3] = ["a", "b", "c", "d"]
print(a)
a[1:5] = []
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [98, 99]
print(a)
a[2:2] = "xy"
print(a)
a[::2] = [0] * len(a[::2])
print(a)
a[::-3] = ["r"] * len(a[::-3])
print(a)
a[:] = range(5)
print(a)
a[3:1] = [7]
print(a)
a[-1:] = (x for x in "gen")
print(a)
del a[::2]
print(a)
del a[1:3]
print(a)
del a[:]
print(a)
b = list(range(10))
del b[::-4]
print(b)
b[1:3] = b
print(b)
err(lambda: b.__setitem__(slice(None, None, 2), [1, 2]))
err(lambda: b.__setitem__(slice(0, 2), 5))
err(lambda: b.__setitem__(slice(None, None, 0), []))
err(lambda: b[::0])
err(lambda: b["1":])
err(lambda: b[1.5])
err(lambda: b[20])
err(lambda: b.__setitem__(20, 1))
err(lambda: b.__delitem__(-20))
c = [1, 2, 3]
c[1] = c
print(c, c[1][1][1][0], len(c))
d = [0, 1, 2, 3, 4]
d[1:4:2] = ["x", "y"]
d[-1] = "last"
d[-5] = "first"
print(d, d[slice(1, None)], d[slice(None, None, -1)])
print([1, 2, 3][True], [1, 2, 3][:True], list(range(20))[2 ** 70 :], list(range(20))[-(2 ** 70) : 2])
s = slice(1, 8, 3)
print(L[s], s.indices(len(L)), slice(None).indices(3), slice(-2, None, -1).indices(5))
