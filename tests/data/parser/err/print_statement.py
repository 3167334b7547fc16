# CPython: SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)? (line 3)
import sys
print 'hello'
