# CPython: SyntaxError: expected ':' (line 2)
while True
    pass
