# User exception hierarchies: catching by base class, except clause order, tuples of classes,
# exceptions with extra attributes and custom __init__ not calling super, and raising classes vs
# instances (instantiation with no args), non-exception raise errors.
class AppError(Exception):
    pass
class DBError(AppError):
    def __init__(self, table, msg):
        super().__init__(msg)
        self.table = table
class NotFound(DBError):
    pass
class Weird(Exception):
    def __init__(self, a, b):
        self.a, self.b = a, b
def raiser(kind):
    if kind == 0:
        raise NotFound("users", "no such user")
    if kind == 1:
        raise DBError("orders", "locked")
    if kind == 2:
        raise AppError
    if kind == 3:
        raise Weird(1, 2)
    if kind == 4:
        raise 5
    if kind == 5:
        raise int
    if kind == 6:
        raise NotFound
for kind in range(7):
    try:
        raiser(kind)
    except NotFound as e:
        print(kind, "NotFound", e, e.table, e.args)
    except DBError as e:
        print(kind, "DBError", e, e.table)
    except (AppError, Weird) as e:
        print(kind, type(e).__name__, repr(e), e.args, getattr(e, "a", None))
    except TypeError as e:
        print(kind, "TypeError", e)
print(issubclass(NotFound, AppError), NotFound.__mro__[1:3], isinstance(NotFound("t", "m"), Exception))
class Retry(Exception):
    attempts = 0
def flaky():
    Retry.attempts += 1
    if Retry.attempts < 3:
        raise Retry("attempt %d" % Retry.attempts)
    return "succeeded after %d" % Retry.attempts
while True:
    try:
        print(flaky())
        break
    except Retry as r:
        print("retrying:", r)
try:
    try:
        raise NotFound("t", "inner")
    except AppError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as r:
    print(repr(r), repr(r.__cause__), r.__cause__.table)
class NoStr(Exception):
    def __str__(self):
        raise ValueError("str broken")
try:
    raise NoStr()
except NoStr as e:
    try:
        str(e)
    except ValueError as v:
        print("str failed:", v)
    print(repr(e))
try:
    except_classes = (KeyError, "not a class")
    try:
        raise ValueError("v")
    except except_classes:
        pass
except TypeError as t:
    print(type(t).__name__, t)
class BaseOnly(BaseException):
    pass
try:
    try:
        raise BaseOnly("not an Exception")
    except Exception:
        print("wrong handler")
except BaseOnly as b:
    print("BaseException handler:", b)
