# CPython: IndentationError: expected an indented block after 'for' statement on line 2 (line 4)
for x in y:

z = 1
