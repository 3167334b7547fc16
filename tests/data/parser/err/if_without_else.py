# CPython: SyntaxError: expected 'else' after 'if' expression (line 2)
x = a if b
