# super().__new__ in subclasses of exception types with their own __new__
class EG(BaseExceptionGroup):
    def __new__(cls, m, e, u):
        return super().__new__(cls, m, e)
print(repr(EG('eg', [ValueError(1)], 'u')))
class E2(ExceptionGroup):
    def __new__(cls, m, e, code):
        o = super().__new__(cls, m, e)
        o.code = code
        return o
print(repr(E2('eg', [ValueError(1)], 3)), E2('eg', [ValueError(1)], 3).code)
class O(OSError):
    def __new__(cls, *a):
        return super().__new__(cls, *a)
print(repr(O(2, 'x')), type(OSError(2, 'x')).__name__, '__new__' in OSError.__dict__, '__new__' in BaseExceptionGroup.__dict__)
