# with statements: __enter__/__exit__ order, the as target, exceptions seen by __exit__.
class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print(f"  enter {self.name}")
        return f"<{self.name}>"
    def __exit__(self, exc_type, exc, tb):
        status = exc_type.__name__ if exc_type else None
        print(f"  exit {self.name}: {status} {exc!r} traceback={tb is not None}")
        return self.suppress

with Resource("plain") as r:
    print("  body sees", r)

with Resource("no target"):
    print("  body without target")

with Resource("swallow", suppress=True):
    raise ValueError("suppressed")
print("continued after suppression")

try:
    with Resource("propagate"):
        raise KeyError("escapes")
except KeyError as e:
    print("caught outside:", repr(e))

# returning from inside a with still calls __exit__
def early():
    with Resource("early"):
        return "returned"
print(early())

# break and continue inside a with in a loop
for i in range(3):
    with Resource(f"loop {i}"):
        if i == 0:
            continue
        if i == 2:
            break
        print("  body", i)

# __exit__'s truthiness decides suppression
class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        return "non-empty string"
with Truthy():
    1 / 0
print("suppressed by a truthy return")

# the as target can be any assignment target
class Box:
    pass
b = Box()
with Resource("attr") as b.value:
    pass
d = {}
with Resource("item") as d["k"]:
    pass
with Resource("tuple") as (first, *rest):
    pass
print(b.value, d, first, rest)

# __enter__'s exception skips __exit__
class FailEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *args):
        print("  not called")
try:
    with FailEnter():
        print("not run")
except RuntimeError as e:
    print(type(e).__name__, e)

# objects without the protocol
for bad in [42, object()]:
    try:
        with bad:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

class OnlyEnter:
    def __enter__(self):
        return self
try:
    with OnlyEnter():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)

# the protocol is looked up on the type, not the instance
class Plain:
    pass
p = Plain()
p.__enter__ = lambda: None
p.__exit__ = lambda *a: None
try:
    with p:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
