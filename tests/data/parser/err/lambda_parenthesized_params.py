# CPython: SyntaxError: Lambda expression parameters cannot be parenthesized (line 2)
f = lambda (x, y): x
