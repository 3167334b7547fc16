# CPython: IndentationError: unexpected indent (line 4)
class T:
    @classmethod
     def f(cls):
        pass
