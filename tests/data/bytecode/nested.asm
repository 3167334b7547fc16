# A closure: the inner code object is an earlier section; FORMAT_VALUE and MAKE_FUNCTION args.
code inner
.co_name h
.qualname f.<locals>.h
.filename nested.py
.firstlineno 2
.flags OPTIMIZED NEWLOCALS NESTED
.free n
@-
COPY_FREE_VARS 1
@2:0-0
RESUME 0
@3:18-19
LOAD_DEREF n
FORMAT_VALUE 2
LOAD_CONST '!'
BUILD_STRING 2
@3:8-20
RETURN_VALUE

code f
.filename nested.py
.firstlineno 1
.argcount 1
.flags OPTIMIZED NEWLOCALS
.localcell n
.local h
@-
MAKE_CELL n
@1:0-0
RESUME 0
@2:4-3:20
LOAD_CLOSURE n
BUILD_TUPLE 1
LOAD_CONST <code inner>
MAKE_FUNCTION 8
STORE_FAST h
@4:11-14
LOAD_FAST h
@4:4-14
RETURN_VALUE
