# CPython: SyntaxError: named arguments must follow bare * (line 2)
f = lambda *, **k: 0
