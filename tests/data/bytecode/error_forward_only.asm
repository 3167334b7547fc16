# FOR_ITER can only jump forward.
code bad
RESUME 0
LOAD_CONST ()
GET_ITER
back:
POP_TOP
FOR_ITER back
LOAD_CONST None
RETURN_VALUE
