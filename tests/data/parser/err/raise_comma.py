# CPython: SyntaxError: invalid syntax (line 2)
raise E, 'msg'
