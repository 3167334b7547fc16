# Iterator objects of the core types: their type names, iter(it) is it, exhaustion stays exhausted,
# __length_hint__, __reduce__-free introspection, and iterating while mutating lists.
objs = [[1, 2, 3], (1, 2), "ab", "é🐍", b"xy", bytearray(b"z"), {1: 2}, {1: 2}.keys(), {1: 2}.values(), {1: 2}.items(), {5, 6},
        frozenset({7}), range(3), range(2 ** 70, 2 ** 70 + 2), reversed([1, 2]), reversed((1,)), reversed(range(2)), reversed("ab"),
        reversed({1: 2}), enumerate("a"), zip("a", "b"), map(str, [1]), filter(None, [0, 1]), iter(lambda: 1, 1), iter([3, None, 4].pop, None)]
for o in objs:
    it = iter(o)
    print(type(it).__name__, iter(it) is it, hasattr(it, "__length_hint__") and it.__length_hint__(), list(it), list(it))
it = iter([1, 2, 3, 4])
print(next(it), it.__length_hint__(), list(it), next(it, "done"), it.__length_hint__())
lst = [1, 2, 3]
it = iter(lst)
next(it)
lst.append(4)
print(list(it))
lst = [1, 2, 3]
it = iter(lst)
lst.clear()
print(list(it), next(iter([]), None))
r = reversed([1, 2, 3])
print(r.__length_hint__(), next(r), r.__length_hint__(), list(r))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
s = iter(Seq())
print(type(s).__name__, list(s), list(Seq()), 20 in Seq(), 5 in Seq())
class Bad:
    def __iter__(self):
        return 5
for f in (lambda: iter(Bad()), lambda: iter(5), lambda: next([1]), lambda: reversed({1}), lambda: iter(5, 1)):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
calls = iter([1, 2, 3, 4, 5].pop, 2)
print(list(calls))
count = 0
def tick():
    global count
    count += 1
    return count
print(list(iter(tick, 4)))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(3)), sum(Countdown(5)), max(Countdown(4)), sorted(Countdown(3)), dict.fromkeys(Countdown(2)))
