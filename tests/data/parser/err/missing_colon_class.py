# CPython: SyntaxError: expected ':' (line 2)
class A
    pass
