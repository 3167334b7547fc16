# Uncaught exceptions of user classes: qualified names (nested class, __module__ __main__ omitted),
# a __str__ override, and an exception raised inside a finally after output.
class Outer:
    class InnerError(Exception):
        def __str__(self):
            return "inner error with args " + repr(self.args)

class PlainError(Exception):
    pass

for cls in (PlainError, Outer.InnerError):
    try:
        raise cls(1, "two")
    except Exception as e:
        print(type(e).__qualname__, e, repr(e))

def run():
    try:
        print("in try")
        raise PlainError("from try")
    finally:
        print("in finally")

try:
    run()
except PlainError as e:
    print("caught", e)
raise Outer.InnerError("fatal", 42)
