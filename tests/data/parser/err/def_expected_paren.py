# CPython: SyntaxError: expected '(' (line 2)
def f x:
    pass
