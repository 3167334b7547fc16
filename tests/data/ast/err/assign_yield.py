# CPython: assignment to yield expression not possible
x = yield = 1
