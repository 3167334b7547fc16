# CPython: SyntaxError: invalid syntax (line 2)
class W(Codec)(:
    pass
