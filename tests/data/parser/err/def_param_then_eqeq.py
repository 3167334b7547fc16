# CPython: SyntaxError: invalid syntax (line 2)
def stls(self, keyfile=None, certfile==None, context=None):
    pass
