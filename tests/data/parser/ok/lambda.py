f = lambda: 0
g = lambda x, y=1, *a, z, **k: x
h = lambda x, /, y: x
i = lambda *, k: k
j = lambda *a, **k: (a, k)
