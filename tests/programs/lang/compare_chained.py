# Comparison operators and chained comparisons: evaluation once, short-circuit.
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(1 < 2 > 0, 1 <= 1 >= 1, 0 < 0 <= 0)
x = 5
print(0 < x < 10, 0 < x < 5, x == 5 in [5], 1 in [1] in [[1]])
a = b = None
print(a is b is not None, a is not b)

log = []
def v(name, value):
    log.append(name)
    return value

print(v("a", 1) < v("b", 2) < v("c", 3))
print(log); log.clear()
print(v("a", 1) < v("b", 0) < v("c", 3))
print(log); log.clear()
print(v("a", 1) == v("b", 1) == v("c", 2) == v("d", 2))
print(log); log.clear()

# results of comparisons may be any object; a chain returns the falsy one
class R:
    def __init__(self, name, result):
        self.name, self.result = name, result
    def __lt__(self, other):
        return self.result
    def __gt__(self, other):
        return ("gt", self.result)
    def __repr__(self):
        return f"R({self.name})"
print(R("a", "yes") < R("b", ""))
print(R("a", "yes") < 1 < 2)
print(R("a", 0) < 1 < 2)
print(1 < 2 < R("c", [7]))

# comparisons across types
print(1 == 1.0, 1 == True, "1" == 1, [1] == [1.0], (1, 2) < (1, 3), [1, 2] < [1, 2, 0])
print("abc" < "abd", "Z" < "a", "" < "a", b"a" < b"b")
for a, b in [(1, "1"), ([], ()), (None, None), ({}, {}), (1j, 2j)]:
    try:
        print(a < b)
    except TypeError as e:
        print(type(e).__name__, e)
print(None == None, None != 0, [] != (), {1: 2} == {1: 2}, {1, 2} < {1, 2, 3})
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, [nan] == [nan])
print(not 1 < 2, not (1 < 2 < 3))
