# CPython: IndentationError: unexpected indent (line 3)
x = 1
    y = 2
z = 0777
