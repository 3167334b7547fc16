# Hand-written context manager utilities: a reentrant lock-like counter, an exit stack, suppress, redirect.
import sys

class Reentrant:
    def __init__(self):
        self.depth = 0
        self.log = []
    def __enter__(self):
        self.depth += 1
        self.log.append(f"enter depth={self.depth}")
        return self
    def __exit__(self, *exc):
        self.log.append(f"exit depth={self.depth}")
        self.depth -= 1
        return False
r = Reentrant()
with r:
    with r:
        with r as inner:
            print("innermost depth", inner.depth)
print(r.log, r.depth)

class ExitStack:
    def __init__(self):
        self.callbacks = []
    def enter(self, cm):
        value = cm.__enter__()
        self.callbacks.append(cm.__exit__)
        return value
    def callback(self, fn, *args):
        self.callbacks.append(lambda *exc: fn(*args))
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        suppressed = False
        pending = exc
        while self.callbacks:
            cb = self.callbacks.pop()
            try:
                if cb(*pending):
                    suppressed = True
                    pending = (None, None, None)
            except BaseException as e:
                pending = (type(e), e, e.__traceback__)
                suppressed = False
        if pending[1] is not None and pending[1] is not exc[1]:
            raise pending[1]
        return suppressed

class Named:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("  open", self.name)
        return self.name
    def __exit__(self, et, ev, tb):
        print("  close", self.name, et.__name__ if et else None)
        return self.suppress

with ExitStack() as stack:
    names = [stack.enter(Named(n)) for n in "abc"]
    stack.callback(print, "  callback runs first (registered last)")
    print("  using", names)

with ExitStack() as stack:
    stack.enter(Named("outer", suppress=True))
    stack.enter(Named("inner"))
    raise KeyError("suppressed by outer")
print("continued after suppression")

class suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        return et is not None and issubclass(et, self.types)
with suppress(KeyError, IndexError):
    {}["missing"]
with suppress(KeyError):
    [][0] if False else None
try:
    with suppress(KeyError):
        [][0]
except IndexError as e:
    print("not suppressed:", type(e).__name__)

class redirect_stdout:
    def __init__(self, target):
        self.target = target
    def __enter__(self):
        self.saved = sys.stdout
        sys.stdout = self.target
        return self.target
    def __exit__(self, *exc):
        sys.stdout = self.saved
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
cap = Capture()
with redirect_stdout(cap):
    print("captured line", 1)
    print("another")
print("back on stdout:", "".join(cap.parts).splitlines())
