# CPython: SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers (line 2)
x = 0777
