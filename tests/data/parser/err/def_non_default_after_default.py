# CPython: SyntaxError: non-default argument follows default argument (line 2)
def f(a, b=1, c):
    pass
