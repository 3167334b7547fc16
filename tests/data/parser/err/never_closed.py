# CPython: SyntaxError: '(' was never closed (line 2)
x = (1,
y = 2
