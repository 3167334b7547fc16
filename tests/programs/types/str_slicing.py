# str indexing and slicing: negative indices, steps, out of range, reversal, Unicode code points.
s = "Hello, Wörld! 🐍"
print(len(s), s[0], s[-1], s[7], s[-2], repr(s[13]))
print(s[0:5], s[7:], s[:5], s[-6:], s[::2], s[::-1], s[1::3], s[-1:-6:-1], s[100:], repr(s[5:2]), s[-100:3])
print(s[::-2], s[10:2:-2], repr(s[2:10:-1]), s[:], s[:] == s, s[slice(2, 8)], s[slice(None, None, -3)])
for i in (15, -16, 100):
    try:
        s[i]
    except IndexError as e:
        print(type(e).__name__, e)
for k in ("1", 1.0, None, (1, 2)):
    try:
        s[k]
    except TypeError as e:
        print(type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s[0] = "h"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
class Idx:
    def __index__(self):
        return 4
print(s[Idx()], s[Idx():], s[True], s[:False] == "", s[2 ** 100 :], s[-(2 ** 100) : 2])
for start in range(-4, 5, 2):
    for stop in (None, -2, 3):
        for step in (None, 1, -1, 2):
            print(start, stop, step, repr(s[start:stop:step]))
print([c for c in "añ🐍"], list(reversed("abc")), "".join(sorted("hello")), "abc"[1:2] * 3)
print(str.__getitem__("abc", 1), "abc".__getitem__(slice(0, 2)), "abc".__len__(), "abc".__contains__("b"))
