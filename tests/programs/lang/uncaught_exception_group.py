# An uncaught ExceptionGroup with a nested group, notes and a cause: the boxed traceback format.
def check(value):
    if value < 0:
        raise ValueError(f"negative: {value}")
    if value == 0:
        raise ZeroDivisionError("zero")
    return value

def check_all(values):
    errors = []
    for v in values:
        try:
            check(v)
        except Exception as e:
            errors.append(e)
    if errors:
        inner = ExceptionGroup("inner batch", errors[1:])
        group = ExceptionGroup("validation failed", [errors[0], inner])
        group.add_note("checked 4 values")
        raise group

check_all([1, -2, 0, -5])
