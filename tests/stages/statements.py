import os.path as osp, sys
from collections import OrderedDict as OD, defaultdict
from . import sibling
from ..parent import *

x: int
y: list[int] = []
a = b = c = 0
a += 1; b -= 2; c **= 3
del a, b
for i in range(3):
    if i == 1:
        continue
    elif i == 2:
        break
else:
    pass
