# CPython: iterable argument unpacking follows keyword argument unpacking
f(**k, *a)
