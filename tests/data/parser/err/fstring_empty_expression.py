# CPython: SyntaxError: f-string: empty expression not allowed (line 2)
x = f'{}'
