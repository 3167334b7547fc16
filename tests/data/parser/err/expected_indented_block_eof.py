# CPython: IndentationError: expected an indented block after 'while' statement on line 2 (line 2)
while x:
