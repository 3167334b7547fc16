# CPython: SyntaxError: invalid syntax (line 2)
class = 1
