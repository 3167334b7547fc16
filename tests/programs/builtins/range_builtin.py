# range(): arguments (1-3, negatives, __index__, bools), iteration, containment for ints vs floats
# vs custom objects, index/count, slicing result, reversed, and the errors.
print(list(range(5)), list(range(2, 6)), list(range(10, 0, -3)), list(range(-5, -1)), list(range(0)), list(range(3, 3)), list(range(True, 3)))
r = range(1, 20, 4)
print(r, len(r), r[1], r[-1], r[1:3], r[::-1], 5 in r, 6 in r, 5.0 in r, r.index(9), r.count(13), min(r), max(r), sum(r))
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(list(range(I(3))), list(range(I(1), I(7), I(2))), range(I(2))[I(1)])
class EqFive:
    def __eq__(self, other):
        return other == 5
print(EqFive() in range(10), EqFive() in range(5))
for args in ((), (1.0,), ("1",), (1, 2, 0), (1, 2, 3, 4), (None,), (1, None)):
    try:
        range(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for i in range(3):
    print("loop", i)
for i in range(10, 0, -4):
    print("down", i)
print(list(reversed(range(1, 10, 3))), list(range(0, 10, 2))[::-1] == list(reversed(range(0, 10, 2))))
total = 0
for i in range(100000):
    total += i
print(total, sum(range(100000)), len(range(-10 ** 18, 10 ** 18, 10 ** 15)))
print(range(0, 10, 2) == range(0, 9, 2), range(5) == range(0, 5, 1), range(1) != range(2), [range(2)] == [range(0, 2)])
