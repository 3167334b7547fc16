# CPython: cannot assign to function call
for f() in x: pass
