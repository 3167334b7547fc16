# An uncaught ExceptionGroup: CPython 3.11's boxed traceback format with nested groups,
# sub-exception numbering and tracebacks of each leaf.
def fail(kind, n):
    if kind == "v":
        raise ValueError("bad value %d" % n)
    raise TypeError("bad type %d" % n)

def collect():
    errors = []
    for kind, n in (("v", 1), ("t", 2)):
        try:
            fail(kind, n)
        except Exception as e:
            errors.append(e)
    inner = []
    try:
        fail("v", 3)
    except ValueError as e:
        inner.append(e)
    errors.append(ExceptionGroup("inner problems", inner))
    raise ExceptionGroup("several problems", errors)

print("collecting")
collect()
