# CPython: SyntaxError: expected default value expression (line 3)
class P:
    def parsestr(self, text, headersonly=):
        pass
