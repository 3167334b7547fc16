# add_note and __notes__: adding, validation, notes on re-raise.
e = ValueError("with notes")
print(hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("second note")
print(e.__notes__, str(e), repr(e))
try:
    e.add_note(42)
except TypeError as err:
    print(type(err).__name__, err)

def process(item):
    try:
        return 10 / item
    except ZeroDivisionError as err:
        err.add_note(f"while processing item {item!r}")
        raise
try:
    process(0)
except ZeroDivisionError as err:
    print(err, err.__notes__)

# notes accumulate as the exception travels up
def level(n):
    try:
        if n == 0:
            raise KeyError("deep")
        level(n - 1)
    except KeyError as err:
        err.add_note(f"passed level {n}")
        raise
try:
    level(3)
except KeyError as err:
    print(err.__notes__)

# __notes__ can be replaced; add_note needs a list
e2 = TypeError("x")
e2.__notes__ = ("a", "tuple")
try:
    e2.add_note("more")
except TypeError as err:
    print(type(err).__name__, err)
e3 = TypeError("y")
e3.__notes__ = ["custom list"]
e3.add_note("appended")
print(e3.__notes__)
del e3.__notes__
print(hasattr(e3, "__notes__"))
e3.add_note("fresh")
print(e3.__notes__)

class Custom(Exception):
    pass
c = Custom()
c.add_note("note on a custom exception")
print(c.__notes__, c.args)
print(BaseException.add_note.__name__)
