# Exceptions interacting with loops: continue/break inside handlers, retry loops, else clauses.
def parse_all(items):
    results, errors = [], []
    for item in items:
        try:
            value = int(item)
        except ValueError:
            errors.append(item)
            continue
        except TypeError:
            errors.append(repr(item))
            break
        else:
            results.append(value)
        finally:
            pass
    else:
        errors.append("<loop completed>")
    return results, errors
print(parse_all(["1", "x", "3"]))
print(parse_all(["1", None, "3"]))

attempts = 0
def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise ConnectionError(f"attempt {attempts} failed")
    return "connected"
for retry in range(5):
    try:
        print(flaky(), "after", attempts, "attempts")
        break
    except ConnectionError as e:
        print("retrying:", e)
else:
    print("gave up")

# the loop variable and exception variable after the loop
for i in range(3):
    try:
        if i == 1:
            raise KeyError(i)
    except KeyError as err:
        caught = err
print(i, repr(caught), "err" in dir())

# nested loops with an exception used to break out of both
class Found(Exception):
    pass
grid = [[1, 2], [3, 4], [5, 6]]
try:
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == 4:
                raise Found((r, c))
except Found as f:
    print("found at", f.args[0])

# while loop with try/finally and break
n = 0
while True:
    try:
        n += 1
        if n == 3:
            break
    finally:
        print("finally", n)
print("stopped at", n)

# exceptions raised by the iterator itself
def gen():
    yield 1
    raise OSError("iterator failed")
try:
    for x in gen():
        print("got", x)
except OSError as e:
    print("loop ended by", repr(e))

# return from inside a loop inside try/finally
def search(items, target):
    for i, x in enumerate(items):
        try:
            if x == target:
                return i
        finally:
            if x == target:
                print("  finally on the match")
    return -1
print(search("abc", "b"), search("abc", "z"))

# a handler that re-raises after a number of attempts
def stubborn(limit):
    for attempt in range(1, 10):
        try:
            raise TimeoutError(f"try {attempt}")
        except TimeoutError:
            if attempt >= limit:
                raise
try:
    stubborn(3)
except TimeoutError as e:
    print("final:", e)
