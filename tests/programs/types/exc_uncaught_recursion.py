# Unbounded recursion: RecursionError, and CPython's compressed traceback
# ("[Previous line repeated N more times]").
import sys
sys.setrecursionlimit(200)

def countdown(n):
    return countdown(n + 1)

def depth_ok(n):
    return 0 if n == 0 else 1 + depth_ok(n - 1)

print(depth_ok(150))
try:
    countdown(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(sys.getrecursionlimit())
countdown(0)
