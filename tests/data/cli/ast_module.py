# args: ast
"""A module docstring."""
import os.path as p
from . import (a, b as c)


@decorator(1)
async def f(x: int, /, y=2, *args, z, **kw) -> str:
    async with open(x) as g, h:
        return f"{x!r:>{y}} and {z=}"


class C(Base, metaclass=M):
    match command.split():
        case [action, *rest] if rest:
            pass
        case {"k": 1, **others} | Point(x=0):
            pass
try:
    del a[1:2, ::3], b.c
except* ValueError as e:
    raise RuntimeError from e
finally:
    x = lambda *a, k=1: (yield)
