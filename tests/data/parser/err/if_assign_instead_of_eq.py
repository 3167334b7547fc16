# CPython: SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='? (line 2)
if x = 1:
    pass
