# CPython: SyntaxError: invalid syntax (line 3)
x = 1
x y
