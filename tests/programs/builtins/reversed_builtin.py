# reversed(): sequences, dict and its views (3.8+), ranges, user __reversed__ and the __len__ +
# __getitem__ fallback, length hints, and objects that cannot be reversed.
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(4))), list(reversed(b"ab")), list(reversed([])))
d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
r = reversed([1, 2, 3, 4])
print(type(r).__name__, r.__length_hint__(), next(r), r.__length_hint__(), list(r), list(r))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "item%d" % i
print(list(reversed(Seq())), type(reversed(Seq())).__name__)
class Custom:
    def __reversed__(self):
        return iter(["custom", "reverse"])
print(list(reversed(Custom())))
class NotRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
for bad in ({1, 2}, (x for x in []), 5, NotRev(), iter([1]), {1: 2}.items().__iter__()):
    try:
        reversed(bad)
    except TypeError as e:
        print(type(e).__name__, e)
lst = [1, 2, 3]
rv = reversed(lst)
lst.append(4)
print(list(rv))
lst = [1, 2, 3]
rv = reversed(lst)
next(rv)
lst.clear()
print(list(rv))
dd = {1: 1, 2: 2}
rd = reversed(dd)
dd[3] = 3
try:
    next(rd)
except RuntimeError as e:
    print(type(e).__name__, e)
print("".join(reversed("stressed")), list(reversed(list(enumerate("ab")))), tuple(reversed(range(0, 10, 4))))
try:
    reversed()
except TypeError as e:
    print(type(e).__name__, e)
