x = 1
a = b = c
x, y = y, x
[a, *b] = c
x.y = z[0] = 3
