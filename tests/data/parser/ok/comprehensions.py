[x for x in y]
[x for x in y if x if z]
[x for y in z for x in y]
{x for x in y}
{k: v for k, v in d.items()}
(x for x in y)
[x async for x in y]
[(a, b) for a, b in c]
[x for x in (lambda: y)()]
