# CPython: SyntaxError: invalid syntax (line 3)
def f(pr):
    pr.create_stats($
    ps = 1
