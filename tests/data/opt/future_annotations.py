# co_consts: skip (the compiler turns postponed annotations into strings)
"""Annotations are not folded under `from __future__ import annotations`."""
from __future__ import annotations
x: 1 + 2 = 3 + 4
def f(a: 5 * 6 = 7 * 8) -> 9 - 1:
    return a
