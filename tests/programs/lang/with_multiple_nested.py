# Several context managers in one with, parenthesized form, exit order, exceptions in __exit__.
log = []

class CM:
    def __init__(self, name, fail_exit=False, suppress=False):
        self.name = name
        self.fail_exit = fail_exit
        self.suppress = suppress
    def __enter__(self):
        log.append(f"enter {self.name}")
        return self.name
    def __exit__(self, exc_type, exc, tb):
        log.append(f"exit {self.name} ({exc_type.__name__ if exc_type else 'ok'})")
        if self.fail_exit:
            raise RuntimeError(f"exit of {self.name} failed")
        return self.suppress

with CM("a") as a, CM("b") as b:
    log.append(f"body {a}{b}")
print(log); log.clear()

with (
    CM("x") as x,
    CM("y") as y,
    CM("z"),
):
    log.append("parenthesized body")
print(log); log.clear()

try:
    with CM("outer"), CM("inner"):
        raise ValueError("body")
except ValueError as e:
    log.append(f"caught {e}")
print(log); log.clear()

# the inner manager suppresses: the outer sees no exception
with CM("outer"), CM("inner", suppress=True):
    raise ValueError("swallowed by inner")
print(log); log.clear()

# an exception in __exit__ replaces the body's exception, chained as context
try:
    with CM("bad", fail_exit=True):
        raise KeyError("original")
except RuntimeError as e:
    log.append(f"caught {e} with context {e.__context__!r}")
print(log); log.clear()

# second manager's __enter__ fails: the first one is still exited
class BadEnter:
    def __enter__(self):
        log.append("enter bad")
        raise OSError("cannot enter")
    def __exit__(self, *a):
        log.append("never")
try:
    with CM("first"), BadEnter(), CM("never entered"):
        log.append("no body")
except OSError as e:
    log.append(f"caught {e}")
print(log); log.clear()

# nested with statements behave the same as the combined form
with CM("n1"):
    with CM("n2"):
        with CM("n3"):
            log.append("deep")
print(log); log.clear()

# a context manager used twice
cm = CM("reused")
with cm:
    pass
with cm:
    pass
print(log); log.clear()

# generator-based context manager written by hand
class generator_cm:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
        try:
            self.gen.throw(exc)
        except StopIteration:
            return True
        except BaseException as e:
            if e is exc:
                return False
            raise
def managed(tag):
    log.append(f"setup {tag}")
    try:
        yield tag.upper()
    except ZeroDivisionError:
        log.append("handled inside generator")
    finally:
        log.append(f"teardown {tag}")
with generator_cm(managed("one")) as v:
    log.append(f"using {v}")
with generator_cm(managed("two")):
    1 / 0
print(log)
