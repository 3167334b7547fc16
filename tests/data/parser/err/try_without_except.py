# CPython: SyntaxError: expected 'except' or 'finally' block (line 4)
try:
    pass
x = 1
