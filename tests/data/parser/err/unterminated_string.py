# CPython: SyntaxError: unterminated string literal (detected at line 2) (line 2)
x = 'abc
