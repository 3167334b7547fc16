# all() and any(): empty iterables, short-circuiting (observed with a generator), truthiness of
# non-bool items, return type (always bool), and non-iterable errors.
print(all([]), any([]), all([1, 2, 3]), all([1, 0, 3]), any([0, 0, 1]), any([0, "", None]), all(""), any("a"))
print(all([[], 1]), any([[], {}]), any([[0]]), all(x > 0 for x in range(1, 5)), any(x > 3 for x in range(5)), all(range(0)), all(range(1, 3)))
print(type(all([1])).__name__, all([5, "x"]), any([5, "x"]), any(iter([0.0, 0j, b""])), all({1: 0}), any({0: 1}))
seen = []
def items():
    for i in (1, 1, 0, 1, 1):
        seen.append(i)
        yield i
print(all(items()), seen)
seen.clear()
def items2():
    for i in (0, 0, 5, 0):
        seen.append(i)
        yield i
print(any(items2()), seen)
class T:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool", self.v)
        return self.v
print(all([T(True), T(False), T(True)]), any([T(False), T(True), T(False)]))
for bad in (5, None, 1.5):
    for f in (all, any):
        try:
            f(bad)
        except TypeError as e:
            print(f.__name__, type(e).__name__, e)
class Boom:
    def __bool__(self):
        raise ValueError("cannot decide")
try:
    all([Boom()])
except ValueError as e:
    print(type(e).__name__, e)
print(any([0, Boom()]) if False else "skipped", all([False, Boom()]), any([True, Boom()]))
grid = [[1, 2], [3, 0], [5, 6]]
print([all(row) for row in grid], all(all(r) for r in grid), any(any(r) for r in grid), any(0 in r for r in grid))
try:
    all()
except TypeError as e:
    print(type(e).__name__, e)
try:
    any([], [])
except TypeError as e:
    print(type(e).__name__, e)
