# Seed section "Optimization Strategies": the four functions called (they return None),
# then the same loops returning their results so the output shows they computed.

def fast_locals():
    x = 10
    for i in range(1000000):
        y = x + i
    return y

global_var = 10
def slower_globals():
    for i in range(1000000):
        y = global_var + i
    return y

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def attribute_access():
    p = Point(1, 2)
    for i in range(1000000):
        y = p.x + i
    return y

def builtin_vs_custom():
    result1 = sum(range(1000000))
    result2 = 0
    for i in range(1000000):
        result2 += i
    return result1, result2, result1 == result2

print(fast_locals())
print(slower_globals())
print(attribute_access())
print(builtin_vs_custom())
print(fast_locals.__code__.co_varnames, slower_globals.__code__.co_names)
