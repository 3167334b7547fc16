# Set operations whose elements' __eq__ mutate the sets must not crash (test_set's
# TestBinaryOpsMutating): the result is unspecified, only the absence of a crash matters.
import random

class Bad:
    def __init__(self, victims):
        self.victims = victims
    def __hash__(self):
        return 7
    def __eq__(self, other):
        for v in self.victims:
            v.clear()
        return random.random() < 0.5

ops = [
    lambda a, b: a == b, lambda a, b: a != b, lambda a, b: a < b, lambda a, b: a <= b,
    lambda a, b: a > b, lambda a, b: a >= b, lambda a, b: a & b, lambda a, b: a | b,
    lambda a, b: a - b, lambda a, b: a ^ b, set.issubset, set.issuperset,
    set.intersection, set.union, set.difference, set.symmetric_difference,
    set.isdisjoint, set.intersection_update, set.difference_update,
    set.symmetric_difference_update, set.update,
]
random.seed(1)
for n, op in enumerate(ops):
    for _ in range(20):
        a, b = set(), set()
        victims = [a, b]
        a.update(Bad(victims) for _ in range(10))
        b.update(Bad(victims) for _ in range(10))
        try:
            op(a, b)
        except RuntimeError:
            pass
    print(n, "ok")
