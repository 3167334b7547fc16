# CPython: SyntaxError: named arguments must follow bare * (line 2)
def load_tests(*)args:
    pass
