# RecursionError: caught, recovering afterwards, the limit, recursion through __repr__ and containers.
import sys
print(sys.getrecursionlimit())

def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print(type(e).__name__, e, isinstance(e, RuntimeError))

# the program is usable again after the error
def depth_reached():
    count = 0
    def go():
        nonlocal count
        count += 1
        go()
    try:
        go()
    except RecursionError:
        return count
first = depth_reached()
second = depth_reached()
print(first == second, first > 900)

sys.setrecursionlimit(200)
print(sys.getrecursionlimit(), depth_reached() < 200)
sys.setrecursionlimit(1000)

# recursion in special methods
class Loop:
    def __repr__(self):
        return repr(self)
try:
    repr(Loop())
except RecursionError as e:
    print("repr:", type(e).__name__, e)

class GetattrLoop:
    def __getattr__(self, name):
        return self.missing
try:
    GetattrLoop().anything
except RecursionError as e:
    print("getattr:", type(e).__name__, e)

# self-referencing containers print with ellipses, no recursion error
l = [1]
l.append(l)
d = {"k": 1}
d["self"] = d
print(l, d)
t = ([],)
t[0].append(t)
print(t)

# comparing deeply nested structures
a = []
for _ in range(10000):
    a = [a]
try:
    a == a[0]
    print("compared")
except RecursionError as e:
    print("compare:", type(e).__name__, e)

try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)

# the error can be caught at any level and execution continues
def catch_at(level, target):
    if level == target:
        try:
            return infinite(0)
        except RecursionError:
            return f"caught at level {level}"
    return catch_at(level + 1, target)
print(catch_at(0, 5))
