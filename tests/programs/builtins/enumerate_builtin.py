# enumerate(): start values (negative, big, keyword), laziness, iterator protocol, consumed state,
# errors for non-iterables and bad start, and enumerate of dict/str/generators.
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", start=-2)), list(enumerate([], 5)))
print(list(enumerate("xy", 2 ** 64)), list(enumerate({"k": 1, "j": 2})), list(enumerate(range(3), True)))
e = enumerate(x * x for x in range(4))
print(type(e).__name__, next(e), next(e), list(e), list(e), iter(e) is e)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
log = []
def gen():
    for c in "lazy":
        log.append(c)
        yield c
en = enumerate(gen())
print(log, next(en), log)
for bad in (5, None):
    try:
        enumerate(bad)
    except TypeError as e:
        print(type(e).__name__, e)
for start in (1.5, "1", None):
    try:
        enumerate("a", start)
    except TypeError as e:
        print(type(e).__name__, e)
class I:
    def __index__(self):
        return 10
print(list(enumerate("ab", I())))
try:
    enumerate()
except TypeError as e:
    print(type(e).__name__, e)
print(dict(enumerate("hey")), [i for i, c in enumerate("banana") if c == "a"], max(enumerate([3, 9, 2]), key=lambda p: p[1]))
