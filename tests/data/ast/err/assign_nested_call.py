# CPython: cannot assign to function call
(a, f()) = 1
