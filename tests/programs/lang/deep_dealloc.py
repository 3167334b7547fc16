# Freeing a 300,000-deep chain does not recurse on the interpreter's stack (CPython's
# trashcan): nested lists, tuples, dicts, frozensets, instances, closures and generators.
def chain(make, n):
    x = None
    for _ in range(n):
        x = make(x)
    return x


class Node:
    __slots__ = ("next",)

    def __init__(self, nxt):
        self.next = nxt


class Plain:
    def __init__(self, nxt):
        self.next = nxt


def gen(x):
    yield x


makers = [
    ("list", lambda x: [x]),
    ("tuple", lambda x: (x,)),
    ("dict", lambda x: {0: x}),
    ("frozenset", lambda x: frozenset([x])),
    ("slots instance", Node),
    ("instance", Plain),
    ("closure", lambda x: (lambda: x)),
    ("generator", gen),
]
for name, make in makers:
    n = 300000 if name in ("list", "tuple", "slots instance") else 50000
    x = chain(make, n)
    del x
    print(name, "freed")
