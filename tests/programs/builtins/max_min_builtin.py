# max() and min(): iterables vs multiple args, key=, default= (only with one iterable), ties keep
# the first, mixed comparable types, empty errors, and non-comparable errors.
print(max([3, 1, 4, 1, 5]), min([3, 1, 4, 1, 5]), max(3, 9, 2), min("b", "a", "c"), max("hello"), min(b"zyx"), max(range(5)), min({3: "a", 1: "b"}))
print(max([], default="empty"), min((), default=None), max([1], default=0), max(["aa", "b", "ccc"], key=len), min(["aa", "b", "c"], key=len))
print(max([(1, "b"), (1, "a")]), min([2.5, 2, True]), max([-1, -1.0]), min([-0.0, 0.0]), max([0.0, -0.0]), max(1, 2.5, 2))
pairs = [("x", 3), ("y", 5), ("z", 5), ("w", 1)]
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: p[1]), max(pairs, key=lambda p: -p[1]))
print(max(iter([7, 8])), min(x * x for x in range(-3, 3)), max("10", "9"), max(10, 9), max("apple", "Apple"))
nan = float("nan")
print(max(nan, 1), max(1, nan), min([nan, 1, 2]), min([1, nan, 0]))
for args, kw in ((([],), {}), ((), {}), ((5,), {}), (([1, "a"],), {}), ((1, 2), {"default": 0}), (([1, 2],), {"key": 5}), (([1],), {"bad": 1}), ((None, None), {})):
    for f in (max, min):
        try:
            print(f.__name__, f(*args, **kw))
        except (ValueError, TypeError) as e:
            print(f.__name__, type(e).__name__, e)
class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return "V(%d)" % self.v
print(max(V(1), V(3), V(2)), min([V(2), V(1), V(1)]), max([V(1), V(1)]))
print(max({1: "a", 2: "b"}, key=lambda k: -k), min("abc", key=ord), max([[1, 2], [1, 3], [0, 9]]), max([], key=len, default="none"))
print(max(3, 1, key=None), min(["b", "A", "a"], key=str.lower), max(range(10), key=lambda x: x % 4))
