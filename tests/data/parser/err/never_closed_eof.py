# CPython: SyntaxError: '(' was never closed (line 2)
foo(a, b
