# sys.getrecursionlimit/setrecursionlimit: defaults, RecursionError at the limit (caught), depth
# reachable with a given limit, invalid limits, and recovery after the error.
import sys
print(sys.getrecursionlimit())
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d1 = depth(0)
print(900 < d1 < 1000)
sys.setrecursionlimit(100)
print(sys.getrecursionlimit())
d2 = depth(0)
print(80 < d2 < 100)
sys.setrecursionlimit(3000)
d3 = depth(0)
print(2900 < d3 < 3000, sys.getrecursionlimit())
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(2500).bit_length())
for bad in (0, -1):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in ("1", 1.5, None):
    try:
        sys.setrecursionlimit(bad)
    except TypeError as e:
        print(type(e).__name__, e)
sys.setrecursionlimit(1000)
def forever():
    return forever()
try:
    forever()
except RecursionError as e:
    print(type(e).__name__, e)
print("recovered", fact(10))
class Deep:
    def __repr__(self):
        return repr(self)
try:
    repr(Deep())
except RecursionError as e:
    print(type(e).__name__, e)
nested = []
for _ in range(100):
    nested = [nested]
print(len(repr(nested)))
