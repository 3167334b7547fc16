# Uncaught NameError with a "Did you mean" suggestion and an UnboundLocalError caught before.
def f():
    x = total + 1
    total = 0
    return x

try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
counter = 5
print(counter)
print(countr)
