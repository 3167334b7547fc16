# try: y = g(x) / except ValueError: y = None / return y, with SETUP blocks (the compiler's way):
# the handler depths and `lasti` come from the depth analysis, not from the text.
code f
.filename try.py
.firstlineno 1
.argcount 1
.flags OPTIMIZED NEWLOCALS
.local x y
@1:0-0
RESUME 0
@2:4-8
NOP
SETUP_FINALLY handler
@3:12-13
LOAD_GLOBAL NULL+g
@3:14-15
LOAD_FAST x
@3:12-16
PRECALL 1
CALL 1
@3:8-9
STORE_FAST y
POP_BLOCK
@-
JUMP done
handler:
SETUP_CLEANUP cleanup
PUSH_EXC_INFO
@4:11-21
LOAD_GLOBAL ValueError
CHECK_EXC_MATCH
POP_JUMP_IF_FALSE reraise
POP_TOP
@5:12-16
LOAD_CONST None
@5:8-9
STORE_FAST y
POP_BLOCK
POP_EXCEPT
JUMP done
reraise:
RERAISE 0
cleanup:
COPY 3
POP_EXCEPT
RERAISE 1
done:
@6:11-12
LOAD_FAST y
@6:4-12
RETURN_VALUE
