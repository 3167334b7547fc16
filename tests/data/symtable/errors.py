# Each chunk between "# ---" lines is its own module: one error each, as CPython raises it.
nonlocal x
# ---
def f():
    nonlocal undefined_anywhere
# ---
class C:
    nonlocal x
# ---
def f(a):
    global a
# ---
def f(a):
    def g():
        nonlocal a
    nonlocal a
# ---
def f():
    print(x)
    global x
# ---
def f():
    x = 1
    global x
# ---
def f():
    x: int
    global x
# ---
def f():
    global x
    x: int = 1
# ---
def outer():
    y = 1
    def f():
        nonlocal y
        y: int
# ---
def f():
    y = 1
    nonlocal y
# ---
def f():
    print(y)
    nonlocal y
# ---
x = 1
global x
# ---
def f():
    global x
    nonlocal x
# ---
def f(a, b, a):
    pass
# ---
lambda a, *, a: 0
# ---
def f(a, *a): pass
# ---
def f(__a, _C__a): pass
# ---
class C:
    def f(self, __a, _C__a): pass
# ---
def f():
    return [(yield x) for x in y]
# ---
def f():
    return {(yield x) for x in y}
# ---
def f():
    return {k: (yield from v) for k, v in y}
# ---
def f():
    return ((yield x) for x in y)
# ---
def f():
    [y := 1 for y in z]
# ---
def f():
    [[(y := 1) for x in z] for y in w]
# ---
def f():
    [i for i in range(5) if (j := 0) for j in range(5)]
# ---
class C:
    [y := 1 for x in z]
# ---
[x for x in (y := [1])]
# ---
[x for x in [(lambda: (y := 1))]]
# ---
def f():
    from os import *
# ---
class C:
    from os import *
# ---
from __future__ import braces
# ---
from __future__ import nested_scopes, nope
# ---
import os; from __future__ import division
# ---
"""Docstring."""
from __future__ import annotations; x = 1; from __future__ import division
# ---
from __future__ import annotations
def f(x: (yield)): pass
# ---
from __future__ import annotations
def f() -> (await x): pass
# ---
from __future__ import annotations
x: (y := 1) = 2
# ---
def ok_without_future(x: (y := 1)):
    pass
# ---
from __future__ import annotations
# A comprehension in an annotation is checked too.
x: [(yield) for a in b]
