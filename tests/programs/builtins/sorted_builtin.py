# sorted(): any iterable, key/reverse keywords only, stability (also with reverse=True), new list
# returned, key errors propagating, and a decorate-sort-undecorate comparison.
data = [("bob", 3), ("alice", 1), ("carol", 3), ("dave", 2), ("eve", 1)]
print(sorted(data), sorted(data, key=lambda r: r[1]), sorted(data, key=lambda r: r[1], reverse=True))
print(sorted("sorted"), sorted((3, 1, 2)), sorted({"b": 1, "a": 2}), sorted({3, 1, 2}), sorted(range(5, 0, -1)), sorted(x % 3 for x in range(7)))
orig = [3, 1, 2]
new = sorted(orig)
print(orig, new, new is not orig, sorted([]), sorted([1]), sorted([], reverse=True))
print(sorted(["b", "A", "c", "B"], key=str.lower), sorted(["bb", "a", "ccc"], key=len, reverse=True), sorted([-3, 2, -1], key=abs))
print(sorted([2, 1, 3], reverse=1), sorted([[3, "a"], [1, "b"]]), sorted([0.5, -1, 3, True, -2.5]))
def bad_key(x):
    if x == 2:
        raise ValueError("key failed on 2")
    return x
try:
    sorted([1, 2, 3], key=bad_key)
except ValueError as e:
    print(type(e).__name__, e)
for args, kw in ((([1, 2], None), {}), (([3, "a"],), {}), ((5,), {}), (([1],), {"cmp": None}), ((), {})):
    try:
        print(sorted(*args, **kw))
    except TypeError as e:
        print(type(e).__name__, e)
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words), sorted(words, key=lambda w: (-len(w), w)), sorted(set(words), key=words.index))
decorated = sorted((len(w), i, w) for i, w in enumerate(words))
print([w for _, _, w in decorated] == sorted(words, key=len))
print(sorted(range(20), key=lambda x: (x % 3, -x)))
