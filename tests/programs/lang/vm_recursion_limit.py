# RecursionError at the recursion limit: caught, then the limit changed and hit again.
import sys

def down(n):
    return down(n + 1)

try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(sys.getrecursionlimit())
sys.setrecursionlimit(200)
depth = 0
def count():
    global depth
    depth += 1
    count()
try:
    count()
except RecursionError:
    print("depth under 200:", depth < 200, depth > 150)
