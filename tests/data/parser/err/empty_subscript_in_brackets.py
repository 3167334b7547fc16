# CPython: SyntaxError: invalid syntax. Perhaps you forgot a comma? (line 2)
r, a, b = select.select([p2.stdout] [], [], 10)
