# Seed section "Execution Stack Management", with its results printed,
# at module level (STORE_NAME) and in a function (STORE_FAST).
x = 10
y = 20
result = x + y * 2
print(x, y, result)

def f():
    x = 10
    y = 20
    result = x + y * 2
    return x, y, result

print(f())
print(f.__code__.co_varnames, f.__code__.co_nlocals)
