# CPython: IndentationError: unindent does not match any outer indentation level (line 4)
if x:
    y = 1
  z = 2
