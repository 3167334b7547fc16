# CPython: SyntaxError: invalid character '€' (U+20AC) (line 2)
x = 1 € 2
