del a
del a, b
del (a, b), [c]
del a[0], a.b
assert x
assert x, 'msg'
raise
raise E
raise E from e
