# assert: passing, failing with and without a message, message laziness.
assert True
assert 1 == 1, "never shown"
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert [], ["a", "list", "message"]
except AssertionError as e:
    print(e.args[0])

calls = []
def message():
    calls.append("message evaluated")
    return "msg"
assert True, message()
print(calls)
try:
    assert 0, message()
except AssertionError as e:
    print(e, calls)

def check(x):
    assert isinstance(x, int), f"expected int, got {type(x).__name__}"
    return x * 2
for v in (3, "3", 2.0):
    try:
        print(check(v))
    except AssertionError as e:
        print("AssertionError:", e)

print(__debug__)
x = 5
assert (x > 3), "parenthesized condition"
try:
    assert x < 3, (x, "tuple message")
except AssertionError as e:
    print(e.args)
