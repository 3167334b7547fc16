# if / elif / else, truthiness of conditions, nested branches.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

for n in [-5, 0, 3, 10, 99]:
    print(n, classify(n))

for value in [0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), {}, {"": 0}, set(), None, 0j, range(0), range(1)]:
    if value:
        print(repr(value), "truthy")
    else:
        print(repr(value), "falsy")

class Falsy:
    def __bool__(self):
        print("  __bool__ called")
        return False
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("  __len__ called")
        return self.n

if Falsy():
    print("no")
else:
    print("Falsy is false")
if Sized(2):
    print("Sized(2) is true")
if not Sized(0):
    print("Sized(0) is false")

class BadBool:
    def __bool__(self):
        return 1
try:
    if BadBool():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class BadLen:
    def __len__(self):
        return -1
try:
    if BadLen():
        pass
except ValueError as e:
    print(type(e).__name__, e)

x = 5
if x > 3:
    if x > 4:
        print("x > 4")
    else:
        print("3 < x <= 4")
if x: pass
elif undefined: print("never evaluated")
print("done")
