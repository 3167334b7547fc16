# CPython: SyntaxError: invalid syntax. Perhaps you forgot a comma? (line 2)
x = [1, 2
     3]
