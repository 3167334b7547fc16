# CPython: SyntaxError: arguments cannot follow var-keyword argument (line 2)
def f(**k, a):
    pass
