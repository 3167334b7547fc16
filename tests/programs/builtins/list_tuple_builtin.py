# list() and tuple() constructors: from every iterable kind, copy semantics (new list, same tuple),
# subclasses, length hints, generators raising mid-way, and argument errors.
src = [1, [2], 3]
cp = list(src)
print(cp, cp == src, cp is src, cp[1] is src[1])
t = (1, 2)
print(tuple(t) is t, tuple(list(t)) == t, list(t), tuple("ab"), list(b"ab"), list(range(3)), tuple({3: 4}), list({1: 2}.items()))
print(list(), tuple(), list(x * 2 for x in range(3)), tuple(reversed([1, 2])), list(map(str, (1, 2))), list(zip("ab", [1, 2])))
class T(tuple):
    pass
class Li(list):
    pass
print(type(tuple(T((1,)))).__name__, type(T((1,))).__name__, type(list(Li([1]))).__name__, Li("ab"), T("ab"))
def failing():
    yield 1
    raise RuntimeError("mid-way")
for ctor in (list, tuple):
    try:
        ctor(failing())
    except RuntimeError as e:
        print(ctor.__name__, type(e).__name__, e)
for bad in (5, None, 1.5):
    for ctor in (list, tuple):
        try:
            ctor(bad)
        except TypeError as e:
            print(ctor.__name__, type(e).__name__, e)
try:
    list(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(iterable=[1])
except TypeError as e:
    print(type(e).__name__, e)
class Hinted:
    def __iter__(self):
        return iter([1, 2, 3])
    def __len__(self):
        return 100
print(list(Hinted()), tuple(Hinted()))
class BadLenIter:
    def __iter__(self):
        return iter([1])
    def __len__(self):
        raise ValueError("len fails")
try:
    print(list(BadLenIter()))
except ValueError as e:
    print(type(e).__name__, e)
l = [1, 2, 3]
l2 = list(l)
l2.append(4)
print(l, l2, list("🐍é"), tuple(set([5])), list(frozenset([6])))
