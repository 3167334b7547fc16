# CPython: SyntaxError: Function parameters cannot be parenthesized (line 2)
def f((a, b)):
    pass
