# CPython: IndentationError: expected an indented block after 'if' statement on line 2 (line 3)
if x:
pass
