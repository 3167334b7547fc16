# list.sort/sorted: stability, key, reverse (stable too), mixed numeric types, errors,
# modification during sort, and sort of user objects by __lt__.
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
print(sorted(data), sorted(data, key=lambda p: p[1]), sorted(data, key=lambda p: p[1], reverse=True))
print(sorted(data, key=lambda p: p[0], reverse=True), sorted(data, reverse=True))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
nums = [3, -1, 2.5, True, 0, -7, 10 ** 20, 1.0]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, reverse=True))
a = [5, 2, 8, 1]
r = a.sort()
print(r, a)
a.sort(reverse=True)
print(a)
a.sort(key=lambda x: x % 3)
print(a)
print(sorted("hello"), sorted((3, 1, 2)), sorted({3: "a", 1: "b"}), sorted([]), sorted([1]), sorted(range(5, 0, -1)))
for bad in ([1, "a"], [None, None], [1j, 2j], [[1], (1,)]):
    try:
        sorted(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    [3, 1].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted()
except TypeError as e:
    print(type(e).__name__, e)
class Card:
    order = 0
    def __init__(self, rank, name):
        self.rank, self.name = rank, name
    def __lt__(self, other):
        return self.rank < other.rank
    def __repr__(self):
        return self.name
cards = [Card(3, "c3"), Card(1, "a1"), Card(3, "b3"), Card(2, "x2"), Card(1, "z1")]
print(sorted(cards), sorted(cards, reverse=True), max(cards), min(cards))
class OnlyGt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return "G%d" % self.v
print(sorted([OnlyGt(2), OnlyGt(1), OnlyGt(3)]))
calls = []
def key(x):
    calls.append(x)
    return -x
print(sorted([1, 2, 3], key=key), calls)
lst = [3, 2, 1]
def meddle(x):
    lst.append(x)
    return x
try:
    lst.sort(key=meddle)
except ValueError as e:
    print(type(e).__name__, e)
print(lst)
big = [(i * 7919) % 1000 for i in range(1000)]
s = sorted(big)
print(s[:5], s[-5:], s == sorted(s), len(s), sorted(big, reverse=True)[:3])
pairs = [(i % 10, i) for i in range(100)]
sp = sorted(pairs, key=lambda p: p[0])
print(all(sp[i][1] < sp[i + 1][1] for i in range(99) if sp[i][0] == sp[i + 1][0]))
print(sorted([[2, 1], [1, 2], [1], [2]]), sorted([(1, "b"), (1, "a")]), sorted(["", "a", "A", " "]))
print(sorted([0.0, -0.0, 0]), sorted([-0.0, 0.0]), [repr(x) for x in sorted([0.0, -0.0])])
