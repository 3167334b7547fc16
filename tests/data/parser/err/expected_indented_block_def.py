# CPython: IndentationError: expected an indented block after function definition on line 2 (line 3)
def f():
return 1
