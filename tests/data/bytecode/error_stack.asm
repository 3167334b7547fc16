# Two paths reach `join` with different stack depths: the builder refuses.
code bad
.local x
RESUME 0
LOAD_FAST x
POP_JUMP_IF_TRUE join
LOAD_CONST 1
join:
LOAD_CONST None
RETURN_VALUE
