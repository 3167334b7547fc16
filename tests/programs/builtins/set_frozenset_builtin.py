# set() and frozenset() constructors (ints only for order): from iterables, generators, dict keys,
# strings (printed sorted), frozenset identity/reuse, unhashable items, and argument errors.
print(set(), set([3, 1, 2, 3]), set(range(5)), set((1, 1)), set({4: "a", 5: "b"}), set(x % 4 for x in range(10)), sorted(set("hello")))
print(frozenset(), frozenset([1, 2, 2]), frozenset(range(3)), sorted(frozenset("aab")), frozenset({1: 2}), type(frozenset()).__name__)
f = frozenset([1, 2])
print(frozenset(f) == f, set(f), frozenset(set([7])), set(frozenset([8])), len(set([1, 1.0, True])), set([0, False, 0.0]))
for bad in ([[1]], [{}], [set()], 5, None):
    for ctor in (set, frozenset):
        try:
            ctor(bad)
        except TypeError as e:
            print(ctor.__name__, type(e).__name__, e)
for args in ((1, 2), ()):
    try:
        print(set(*args) if args else set(), end=" ")
        print(frozenset(*args))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    set(iterable=[1])
except TypeError as e:
    print(type(e).__name__, e)
class MySet(set):
    pass
class MyFS(frozenset):
    pass
print(MySet([1, 2]), MyFS([3]), type(MySet([1]) | {2}).__name__, type(MyFS([1]) | {2}).__name__)
print(set(range(0, 100, 7)) & set(range(0, 100, 5)), sorted(set(map(len, ["a", "bb", "cc", "d"]))))
