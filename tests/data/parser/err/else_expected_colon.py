# CPython: SyntaxError: expected ':' (line 4)
if x:
    pass
else x:
    pass
