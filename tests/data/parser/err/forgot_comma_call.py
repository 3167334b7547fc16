# CPython: SyntaxError: invalid syntax. Perhaps you forgot a comma? (line 2)
f(a b)
