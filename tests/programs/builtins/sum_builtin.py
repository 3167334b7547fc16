# sum(): ints (big), floats (no compensation in 3.11: plain left-to-right), start argument
# (positional and keyword), lists/tuples via start, refusal of str/bytes start, and mixed types.
print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([2 ** 64, 2 ** 64]), sum([-1, 1]), sum([True, True, False]), sum((x * x for x in range(10))))
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]), sum([1, 2.5]), sum([1, 2j]), sum([0.5, 0.25], 1), sum([1, 2], start=10), sum([], 5), sum([], start=2.5))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([[1]], [0]), type(sum([1.0])).__name__, type(sum([])).__name__, type(sum([True])).__name__)
for args in ((["a", "b"], ""), ([b"a"], b""), ([bytearray(b"a")], bytearray()), (["a", "b"],), ([1, "a"],), (5,), ([[1]],), ([1], [])):
    try:
        print(sum(*args))
    except TypeError as e:
        print(type(e).__name__, e)
class Money:
    def __init__(self, c):
        self.c = c
    def __add__(self, o):
        return Money(self.c + (o.c if isinstance(o, Money) else o))
    __radd__ = __add__
    def __repr__(self):
        return "Money(%d)" % self.c
print(sum([Money(1), Money(2)]), sum([Money(5)], Money(10)), sum([1, Money(2)]))
print(sum(x for x in range(10 ** 5)), sum(1 / (i * i) for i in range(1, 1000)), sum(map(int, "12345")))
print(sum([2 ** 62, 2 ** 62, 2 ** 62]), sum([-(2 ** 63), -1]), sum([1.5, 2 ** 53]), sum([float("inf"), 1]), sum([float("inf"), -float("inf")]))
try:
    sum()
except TypeError as e:
    print(type(e).__name__, e)
