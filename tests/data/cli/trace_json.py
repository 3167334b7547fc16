# args: trace --json --function f
def f(x):
    y = x * 2
    return y


print(f(3))
