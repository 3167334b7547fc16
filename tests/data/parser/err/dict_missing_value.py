# CPython: SyntaxError: expression expected after dictionary key and ':' (line 2)
d = {1: }
