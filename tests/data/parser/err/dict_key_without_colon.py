# CPython: SyntaxError: ':' expected after dictionary key (line 2)
x = {1: 2, 3}
