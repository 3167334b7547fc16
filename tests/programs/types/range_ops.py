# range: construction, len/index/count/in, negative steps, slicing to ranges, equality by sequence,
# huge ranges, reversed, repr and errors.
def err(f, *a):
    try:
        r = f(*a)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("ok", repr(r))

for r in (range(5), range(2, 8), range(0, 10, 3), range(10, 0, -2), range(0), range(5, 5), range(5, 0), range(-3, 3), range(0, -10, -3)):
    print(r, list(r), len(r), bool(r), r.start, r.stop, r.step, list(reversed(r)))
r = range(0, 20, 3)
print(r[0], r[-1], r[2], r[1:4], r[::-1], r[::2], r[-2:], r[10:], list(r[1:4]), r.index(9), r.count(9), r.count(10), 9 in r, 10 in r, 9.0 in r)
print(range(10)[2:8:3], range(10)[::-3], range(1, 10, 2)[::-1], range(10)[-100:100], range(5)[5:0:-1])
print(range(3) == range(3), range(0) == range(5, 2), range(0, 3, 2) == range(0, 4, 2), range(3) == [0, 1, 2], range(1, 2, 5) == range(1, 2, 6))
print(hash(range(3)) == hash(range(0, 3, 1)), hash(range(0)) == hash(range(4, 2)), {range(2): "x"}[range(0, 2)])
big = range(10 ** 20)
print(len(range(2 ** 62)), big[-1], big[10 ** 19], 10 ** 19 in big, big.index(123), big[::10 ** 19], big[5:][3])
err(len, big)
err(len, range(-(2 ** 64), 2 ** 64))
print(range(-(2 ** 64), 2 ** 64)[2 ** 64], range(-(2 ** 64), 2 ** 64, 2 ** 63)[3])
err(range, 1, 2, 0)
err(range)
err(range, 1.5)
err(range, "1")
err(range, 1, 2, 3, 4)
err(range(3).__getitem__, 3)
err(range(3).__getitem__, -4)
err(range(3).__getitem__, "a")
err(range(3).index, 5)
err(range(3).index, "a")
class I:
    def __index__(self):
        return 4
print(range(I()), range(1, I()), list(range(I())), range(10)[I()])
print(range(5).__reversed__().__next__(), type(iter(range(3))).__name__, type(iter(range(2 ** 70))).__name__, range.__mro__)
print(sum(range(101)), max(range(-5, 5)), min(range(3, 9, 2)), sorted(range(3, 0, -1)), tuple(range(0, 1)), set(range(3)))
print(repr(range(0, 5, 1)), repr(range(1, 5, 2)), str(range(-1)), range(3).count("a"), [].count(0))
it = iter(range(3))
print(next(it), list(it), list(it))
try:
    range(3)[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
