# Execution runs past the end.
code bad
RESUME 0
LOAD_CONST None
POP_TOP
