# CPython: SyntaxError: Missing parentheses in call to 'exec'. Did you mean exec(...)? (line 2)
exec 'code'
