"""Unary operations on constants, and `not` of a single `is`/`in` comparison."""
a = -1
b = +2.5
c = ~5
d = not 0
e = not ''
f = -True
g = ~True
h = -(1 + 2j)
i = ~1.5
j = -'a'
k = not a in b
l = not a is b
m = not a is not b
n = not a not in b
o = not a == b
p = not a < b
q = not a in b in c
r = -(-(-1))
