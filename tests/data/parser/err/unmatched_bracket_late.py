# CPython: SyntaxError: unmatched ']' (line 3)
a = 1
b = [1, 2]]
