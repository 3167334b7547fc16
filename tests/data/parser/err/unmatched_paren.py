# CPython: SyntaxError: unmatched ')' (line 2)
x = 1)
