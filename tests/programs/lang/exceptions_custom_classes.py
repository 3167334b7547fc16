# User-defined exception classes: args, __str__, __repr__, extra attributes, hierarchies.
class AppError(Exception):
    """Base of the application's errors."""

class NotFound(AppError):
    def __init__(self, name):
        super().__init__(f"{name} not found")
        self.name = name

class WithCode(AppError):
    def __init__(self, message, code):
        super().__init__(message, code)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"

for exc in [AppError(), AppError("plain"), AppError("a", 1), NotFound("file.txt"), WithCode("denied", 403)]:
    print(f"{type(exc).__name__:10} str={str(exc)!r:22} repr={exc!r} args={exc.args}")

try:
    raise NotFound("user")
except AppError as e:
    print("caught as AppError:", e, e.name, isinstance(e, NotFound))

print(NotFound.__mro__)
print(NotFound.__doc__, AppError.__doc__)

class NoInitCall(Exception):
    def __init__(self, x):
        self.x = x
e = NoInitCall(5)
print(repr(e), e.args, str(e))

class NewOverride(Exception):
    def __new__(cls, *args):
        self = super().__new__(cls, "replaced")
        return self
    def __init__(self, *args):
        pass
print(NewOverride(1, 2).args)

class Attrs(Exception):
    pass
a = Attrs("msg")
a.extra = [1, 2]
print(a.extra, vars(a))

e = KeyError("key")
print(str(e), repr(e), str(KeyError()), str(KeyError("a", "b")))
print(str(Exception("a", "b")), repr(Exception("a", "b")), str(Exception(None)), repr(Exception()))

class Multi(KeyError, AttributeError):
    pass
try:
    raise Multi("both")
except AttributeError as e:
    print("caught as AttributeError:", repr(e), Multi.__mro__[1:3])

e = ValueError("x")
e.args = ("changed", 2)
print(str(e), e.args)
e.args = [1]
print(e.args, type(e.args).__name__)

try:
    class Bad(Exception, int):
        pass
except TypeError as err:
    print(type(err).__name__, err)

class Stateful(Exception):
    count = 0
    def __init__(self, *args):
        Stateful.count += 1
        super().__init__(*args)
for i in range(3):
    try:
        raise Stateful(i)
    except Stateful:
        pass
print(Stateful.count)
