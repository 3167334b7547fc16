# Exceptions through the exception table: handlers, finally, re-raise, chaining
# (__context__ implicit, __cause__ explicit, from None), and the uncaught report.
def risky(n):
    if n == 0:
        raise ValueError("zero")
    return 10 // n

for n in (2, 0):
    try:
        print(risky(n))
    except ValueError as e:
        print("handled", e)
    else:
        print("no error")
    finally:
        print("finally", n)

try:
    try:
        {}['missing']
    except KeyError as e:
        raise RuntimeError("lookup failed") from e
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("during")
except TypeError as e:
    print(repr(e.__context__))

def cleanup():
    try:
        return "from try"
    finally:
        print("cleanup ran")
print(cleanup())

try:
    [][0]
except IndexError:
    raise KeyError('x') from None
