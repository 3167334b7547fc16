# CPython: cannot assign to function call
with a as f(): pass
