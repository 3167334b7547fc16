"""Tuples of constants, constant subscripts, and the iterables of for/comprehensions/`in`."""
a = (1, 2, (3, 4))
b = (1, x)
c = 'abc'[1]
d = (1, 2, 3)[-1]
e = 'abc'[10]
f = b'abc'[0]
g = (1, 2)['a']
h = 'abc'[1:2]
for i in [1, 2]:
    pass
for i in [x, y]:
    pass
for i in [*x, 1]:
    pass
for i in {1, 2}:
    pass
j = [i for i in [4, 5] if i in [6, 7]]
k = {i for i in {8, 9}}
l = x in [10, 11]
m = x not in {12, 13, 12}
n = x in [y, z]
o = x in {1, True, 1.0}
p = x < y in [14, 15]
q = x in [16, 17] < y
(r, s) = (18, 19)
t = {1: (20, 21)}
async def f():
    async for i in [22, 23]:
        pass
