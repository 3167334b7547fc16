# CPython: SyntaxError: expected ':' (line 2)
match x
    case 1:
        pass
