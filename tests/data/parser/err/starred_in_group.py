# CPython: SyntaxError: cannot use starred expression here (line 3)
def f(*args):
    print:(*args)
