# CPython: SyntaxError: invalid syntax (line 2)
if node.type :== token.NAME:
    pass
