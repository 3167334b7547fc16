# Common exception-handling patterns: translating errors, wrapping with context, retry with cleanup, EAFP vs LBYL.
class StorageError(Exception):
    pass

class NotFoundError(StorageError):
    pass

class Store:
    def __init__(self, data):
        self.data = data
    def get(self, key):
        try:
            return self.data[key]
        except KeyError:
            raise NotFoundError(f"no record {key!r}") from None
    def get_int(self, key):
        try:
            return int(self.get(key))
        except ValueError as e:
            raise StorageError(f"record {key!r} is not an int") from e

s = Store({"a": "1", "b": "two"})
for key in ["a", "b", "c"]:
    try:
        print(key, s.get_int(key))
    except NotFoundError as e:
        print(key, "NotFoundError:", e, "| cause:", e.__cause__, "| context suppressed:", e.__suppress_context__)
    except StorageError as e:
        print(key, "StorageError:", e, "| cause:", repr(e.__cause__))

# EAFP and LBYL give the same answers
def eafp(d, k):
    try:
        return d[k]
    except (KeyError, TypeError):
        return None
def lbyl(d, k):
    if isinstance(d, dict) and k in d:
        return d[k]
    return None
for d, k in [({"x": 1}, "x"), ({"x": 1}, "y"), ([1], 0)]:
    print(eafp(d, k), lbyl(d, k))

# a cleanup stack that runs even when a step fails, then re-raises the first error
def run_steps(steps):
    done = []
    try:
        for name, action in steps:
            action()
            done.append(name)
    except Exception as e:
        print("  failed at", name, "->", type(e).__name__, e)
        for finished in reversed(done):
            print("  undo", finished)
        raise
    return done
try:
    run_steps([("a", lambda: None), ("b", lambda: None), ("c", lambda: 1 / 0), ("d", lambda: None)])
except ZeroDivisionError as e:
    print("propagated:", repr(e))
print(run_steps([("x", lambda: None)]))

# catching, adding information, and re-raising the same object
def parse(line_no, text):
    try:
        return float(text)
    except ValueError as e:
        e.add_note(f"on line {line_no}")
        raise
try:
    [parse(i, t) for i, t in enumerate(["1.5", "2", "x3"], 1)]
except ValueError as e:
    print(e, e.__notes__)

# exceptions as control flow: a generator of results and errors
def safe_map(fn, items):
    for item in items:
        try:
            yield ("ok", fn(item))
        except Exception as e:
            yield ("error", f"{type(e).__name__}: {e}")
print(list(safe_map(lambda x: 10 // x, [5, 0, "a", 3])))

# else runs only without an exception, before finally
def lookup(d, k):
    log = []
    try:
        v = d[k]
    except KeyError:
        log.append("missing")
        v = None
    else:
        log.append("found")
    finally:
        log.append("finally")
    return v, log
print(lookup({"k": 1}, "k"), lookup({}, "k"))
