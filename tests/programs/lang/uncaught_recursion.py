# Unbounded recursion: the traceback repeats lines compressed as "[Previous line repeated N more times]".
import sys
sys.setrecursionlimit(60)

def countdown(n):
    return countdown(n + 1)

print("recursing")
countdown(0)
