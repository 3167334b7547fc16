# CPython: SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers (line 4)
print 'x'
y = 1
z = 0777
