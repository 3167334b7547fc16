# CPython: SyntaxError: invalid syntax (line 2)
x = `y`
