# CPython: SyntaxError: invalid syntax (line 2)
def f(:
    pass
class
