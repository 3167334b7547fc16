# CPython: SyntaxError: expression cannot contain assignment, perhaps you meant "=="? (line 2)
f(a.b=1)
