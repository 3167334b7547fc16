# CPython: SyntaxError: invalid syntax (line 2)
def f(a=1, /, b=2, c):
    pass
