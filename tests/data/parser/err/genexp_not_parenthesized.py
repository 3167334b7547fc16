# CPython: SyntaxError: Generator expression must be parenthesized (line 2)
f(x for x in y, 1)
