# args: tokens
def f(a, *, b=2):
    return f"{a!r:>{b}}" + r"\d"  # comment
