# CPython: cannot assign to literal here. Maybe you meant '==' instead of '='?
a, 1 = x
