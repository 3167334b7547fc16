# CPython: IndentationError: unexpected unindent (line 7)
class T:
    def g(self):
        pass

        @classmethod
    @other
    def f(cls):
        pass
