# zip(): several iterables, shortest wins, laziness and which iterator is advanced, strict=True
# (3.10+) errors with their messages, zip(*matrix) transpose, and no-argument/one-argument forms.
print(list(zip("abc", [1, 2, 3])), list(zip("ab", [1, 2, 3])), list(zip()), list(zip("abc")), list(zip([], "x")), list(zip(range(3), "ab", (True,) * 5)))
m = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*m)), [list(r) for r in zip(*zip(*m))], dict(zip("ab", "xy")))
z = zip([1, 2], "ab")
print(type(z).__name__, next(z), list(z), list(z), iter(z) is z)
consumed = []
def gen(name, n):
    for i in range(n):
        consumed.append((name, i))
        yield i
print(list(zip(gen("a", 3), gen("b", 2))), consumed)
print(list(zip("ab", [1, 2], strict=True)), list(zip(strict=True)))
for a, b in (("abc", [1, 2]), ("a", [1, 2]), ("", [1])):
    try:
        list(zip(a, b, strict=True))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    list(zip("ab", "ab", "a", strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip("a", "ab", "ab", strict=True))
except ValueError as e:
    print(type(e).__name__, e)
for bad in ((5,), ("a", None)):
    try:
        zip(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    zip("a", bogus=True)
except TypeError as e:
    print(type(e).__name__, e)
keys, values = zip(*[("x", 1), ("y", 2)])
print(keys, values, list(zip(*[])), sum(a * b for a, b in zip([1, 2, 3], [4, 5, 6])))
