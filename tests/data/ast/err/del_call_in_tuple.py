# CPython: cannot delete function call
del (a, f())
