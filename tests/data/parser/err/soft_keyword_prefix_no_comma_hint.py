# CPython: SyntaxError: invalid syntax (line 3)
def f(m, t, j):
    return "%s %d" % (m t, j)
