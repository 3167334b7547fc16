# CPython: SyntaxError: unterminated triple-quoted string literal (detected at line 4) (line 2)
x = '''abc

y = 1
