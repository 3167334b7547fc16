# CPython: SyntaxError: invalid syntax (line 2)
def parrot(():
    pass
