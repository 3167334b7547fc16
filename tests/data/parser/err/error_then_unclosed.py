# CPython: SyntaxError: '(' was never closed (line 2)
x = (1
print 'x'
y = 2
