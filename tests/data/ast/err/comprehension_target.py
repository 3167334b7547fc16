# CPython: cannot assign to function call
[x for f() in y]
