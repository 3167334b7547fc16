# CPython: SyntaxError: invalid syntax (line 2)
x := 1
