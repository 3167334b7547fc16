# CPython: SyntaxError: multiple exception types must be parenthesized (line 4)
try:
    pass
except ValueError, e:
    pass
