# CPython: cannot assign to function call
x = f() = 1
