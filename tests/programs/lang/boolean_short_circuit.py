# and / or / not: values returned, short-circuit evaluation, precedence.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or [] or None, "a" and "b" and "c")
print(not 0, not 1, not "", not [0], not None)
print(None or 0, 0 and None, [] or {}, {} and [])

calls = []
def f(name, value):
    calls.append(name)
    return value

result = f("a", 0) and f("b", 1)
print(result, calls); calls.clear()
result = f("a", 1) and f("b", 0) and f("c", 1)
print(result, calls); calls.clear()
result = f("a", 0) or f("b", "") or f("c", "x") or f("d", 1)
print(result, calls); calls.clear()
result = f("a", 1) or f("b", 1) and f("c", 0)
print(result, calls); calls.clear()
result = (f("a", 0) or f("b", 1)) and f("c", 2)
print(result, calls); calls.clear()
result = not f("a", []) or f("b", 1)
print(result, calls); calls.clear()

# precedence: not > and > or
print(True or False and False)
print((True or False) and False)
print(not True and False)
print(not (True and False))
print(1 if 0 or 1 else 2)

# __bool__ is asked at most once per operand
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        calls.append(f"bool({self.v})")
        return self.v
    def __repr__(self):
        return f"B({self.v})"
print(B(True) and B(False), calls); calls.clear()
print(B(False) or B(True), calls); calls.clear()
print(not B(True), calls); calls.clear()
x = B(False)
if x and B(True):
    pass
print(calls); calls.clear()
if B(True) and B(True) or B(False):
    print("yes", calls); calls.clear()
