squares = [x * x for x in range(10) if x % 2]
pairs = {(a, b) for a in "ab" for b in (1, 2)}
index = {k: v for v, k in enumerate("xyz")}
total = sum(n for n in [1, 2, 3])
for item in [1, 2, 3]:
    pass
if x in [1, 2, 3] or y not in {4, 5}:
    pass
