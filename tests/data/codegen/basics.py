"""Module docstring."""
import os
import os.path as osp
from collections import OrderedDict, deque as dq
from . import sibling
x = 1
y = x + 2 * 3
z = -x
a, b = b, a
a, b, c = c, b, a
q, *r = [1, 2, 3]
print(x, y, sep="")
t = (1, 2, 3)
l = [x, y]
d = {"a": 1, "b": 2}
d2 = {x: y, **d}
s = {1, 2, 3}
x += 1
l[0] += 1
os.path.sep += "x"
del x
del l[0], d["a"]
f"{x!r:>10} and {y}"
lst = [*l, *t]
os.path.join("a", "b")
print(*lst, **d)
