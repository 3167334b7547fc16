# CPython: positional argument follows keyword argument unpacking
f(**k, y)
