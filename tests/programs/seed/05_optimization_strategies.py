# Understanding performance through internals

# 1. Local variable access is fastest (LOAD_FAST)
def fast_locals():
    x = 10
    for i in range(1000000):
        y = x + i  # x is local, very fast

# 2. Global lookups are slower (LOAD_GLOBAL)
global_var = 10
def slower_globals():
    for i in range(1000000):
        y = global_var + i  # global_var requires dict lookup

# 3. Attribute access triggers method calls
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def attribute_access():
    p = Point(1, 2)
    for i in range(1000000):
        # Each p.x triggers __getattribute__ or __getattr__
        y = p.x + i

# 4. Built-in functions are optimized
def builtin_vs_custom():
    # Fast: built-in sum() is implemented in C
    result1 = sum(range(1000000))

    # Slower: Python loop with bytecode overhead
    result2 = 0
    for i in range(1000000):
        result2 += i
