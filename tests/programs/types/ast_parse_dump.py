# ast.parse over real source: the stdlib's bisect.py and colorsys.py with positions, and a
# snippet using most of the grammar, dumped with and without attributes.
import ast

libdir = ast.__file__.rsplit('/', 1)[0]
for name in ['bisect.py', 'colorsys.py']:
    with open(libdir + '/' + name, encoding='utf-8') as f:
        src = f.read()
    tree = ast.parse(src, filename=name)
    print('==', name, type(tree).__name__, len(tree.body))
    print(ast.dump(tree, include_attributes=True))

SNIPPET = '''
from __future__ import annotations
import os.path as p, sys
from . import x as y
from ..a.b import (c, d as e)
@dec(1, k=2)
async def f(a, /, b: int = 1, *args, c, d=2, **kw) -> None:
    """doc"""
    global g
    async with a as (b, c), d:
        await x
    async for i in y:
        yield i
    x = yield from z
    nonlocal_ = lambda q, *r, s=1, **t: (q, r, s, t)
class C(B, metaclass=M):
    x: int = 1
    y: 'str'
    def m(self): return super().m()
try:
    pass
except* (ValueError, TypeError) as eg:
    raise RuntimeError('x') from eg
else:
    pass
finally:
    del a[1:2, ::3], b.c
match cmd:
    case [1, 2, *rest] if rest:
        pass
    case {'k': v, **kw}:
        pass
    case Point(x=0, y=yy) | None | True | -1 | 1+2j | "s" | b"" :
        pass
    case (a as b):
        pass
    case _:
        pass
while (n := n - 1) > 0:
    continue
else:
    break
x = [i for i in range(3) if i if not i] + [*a, *b]
y = {k: v for k, v in d.items()}, {s async for s in t}, (g for g in h)
z = f"a{b!r:>{w}}c{d=}" u"u" 'v'
w = a if b else c
assert x, 'msg'
for i, j in z: i += j; i @= j; i **= 2; i //= 3
with open(f) as g: pass
print(*args, **kw, sep='')
x < y <= z != w is not v not in u
~a, +b, -c, not d, a and b or c
a[b, c:d], a[...], 1.5e3, 0xff, 10**100, True, None
'''
tree = ast.parse(SNIPPET)
print(ast.dump(tree, indent=1))
print(ast.dump(tree, include_attributes=True))
for mode, src in [('eval', 'a + b * c'), ('single', 'x = 1; y = 2'),
                  ('func_type', '(int, str) -> list')]:
    print(mode, ast.dump(ast.parse(src, mode=mode), include_attributes=True))

print(ast.dump(ast.parse('\u00e9t\u00e9 = "\u00e9\\u00e9"'), include_attributes=True))
