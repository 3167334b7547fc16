# slice(): construction forms, attributes, indices(), use with every sequence type and __getitem__,
# comparison, and errors (unhashable in 3.11, zero step).
s = slice(3)
print(s, s.start, s.stop, s.step, slice(1, 5), slice(1, 5, 2), slice(None, None, -1), slice("a", "b", "c").stop)
data = list(range(10))
for sl in (slice(3), slice(2, 8), slice(2, 8, 2), slice(None, None, -1), slice(-3, None), slice(100, 200), slice(8, 2, -3)):
    print(sl, data[sl], "0123456789"[sl], tuple(range(10))[sl], bytes(range(10))[sl], range(10)[sl], sl.indices(10))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3), slice(None) == slice(None, None, None))
for bad in (lambda: hash(slice(1)), lambda: data[slice(None, None, 0)], lambda: slice(), lambda: slice(1, 2, 3, 4), lambda: slice(1).indices(-1),
            lambda: data[slice(1.5)], lambda: slice(1, 2, 0).indices(3)):
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
data[slice(0, 3)] = ["a", "b"]
print(data)
del data[slice(None, None, 3)]
print(data)
class Echo:
    def __getitem__(self, k):
        return k
e = Echo()
print(e[1:2] == slice(1, 2), e[::] == slice(None, None, None), e[1:2, ::3])
