# CPython: SyntaxError: iterable unpacking cannot be used in comprehension (line 2)
x = [*a for a in b]
