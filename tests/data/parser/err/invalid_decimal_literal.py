# CPython: SyntaxError: invalid decimal literal (line 2)
x = 1abc
