# list operators: + += * *= == < in, comparisons element by element, repr of recursive lists,
# iteration while mutating, list() of iterables, unpacking.
a = [1, 2, 3]
b = a
a += [4]
print(a, b, a is b)
a = a + [5]
print(a, b, a is b)
c = [0]
d = c
c *= 3
print(c, d is c, [1] * 0, [1] * -1, [[]] * 2, 2 * ["x"])
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9], [1, 2] <= [1, 2], ["a"] < ["b"])
print([1, [2, 3]] == [1, [2, 3]], [1.0] == [1], [float("nan")] == [float("nan")], 2 in [1, 2], [2] in [[2]], 3 not in [1])
nan = float("nan")
print([nan] == [nan], nan in [nan], [nan] < [nan], [1, nan] == [1, nan])
for f in (lambda: [1] + (2,), lambda: [1] < (1,), lambda: [1] * 1.5, lambda: [1, "a"] < [1, 2], lambda: [1] - [1]):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
e = [1, 2]
e += (3, 4)
e += "ab"
e += range(2)
print(e)
r = [1, 2]
r.append(r)
print(r, repr(r), str([r, r]))
x = [[]]
x[0].append(x)
print(x)
it = [1, 2, 3, 4]
out = []
for v in it:
    out.append(v)
    if v == 2:
        it.remove(v)
print(out, it)
grow = [1]
for v in grow:
    if v < 5:
        grow.append(v + 1)
print(grow)
first, *rest = [1, 2, 3]
*init, last = "abc"
p, (q, r2), s = [1, (2, 3), 4]
print(first, rest, init, last, p, q, r2, s)
try:
    m, n = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    m, n, o = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
print(list("abc"), list((1, 2)), list({1: 2}.items()), list(range(0)), list(map(str, [1, 2])), list(x for x in "hi"))
print([1, 2, 3].__len__(), [1, 2].__contains__(2), [1, 2].__add__([3]), [1].__mul__(3), [1].__rmul__(2), [1, 2].__iter__().__next__())
print(hash((1,)) == hash((1,)), [] == [], [] is not [], bool([]), bool([0]))
try:
    hash([])
except TypeError as e:
    print(type(e).__name__, e)
class MyList(list):
    def __repr__(self):
        return "MyList(" + list.__repr__(self) + ")"
m = MyList([3, 1, 2])
m.sort()
print(m, m + [4], type(m + [4]).__name__, type(m[:1]).__name__, type(m * 2).__name__, m == [1, 2, 3], len(m))
print(sum([[1], [2]], []), [i for i in range(3)] + [None], [0] * 3 == [0, 0, 0], min([[2], [1, 5]]))
