# from __future__ import annotations: annotations kept as strings, never evaluated.
from __future__ import annotations

def f(a: int, b: list[int] | None = None, *args: tuple[int, ...], **kw: dict[str, int]) -> Undefined:
    return a
print(f.__annotations__)
print(f(3))

class Node:
    next: Node | None
    value: "int"
    def link(self, other: Node) -> Node:
        return other
print(Node.__annotations__)
print(Node.link.__annotations__)

x: some.undefined.name[1:2, ...] = 5
print(x, __annotations__)

def g(p: lambda: 0, q: 3 if False else 1, r: x + 1 * 2) -> {"a": [1, 2]}:
    pass
print(g.__annotations__)

def h(a: 'quoted', b: "double") -> 'str':
    pass
print(h.__annotations__)

def nums(a: 1_000, b: 0x10, c: 1.5e3, d: -1, e: ~2, f: not True):
    pass
print(nums.__annotations__)

def strs(a: f"{x!r:>5}", b: b"bytes", c: ..., d: None):
    pass
print(strs.__annotations__)
def ops(a: a < b <= c, b: a if b else c, c: [i for i in range(3)], d: {1, 2}, e: x[1:2:3]):
    pass
print(ops.__annotations__)
