# CPython: cannot assign to None
None = 1
