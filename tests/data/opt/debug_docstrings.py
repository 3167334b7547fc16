"""Module docstring."""
a = __debug__
if __debug__:
    b = 1
def f():
    'doc' 'string'
    return __debug__
def g():
    ('a' + 'b')
    return 1
def k():
    ('x' * 2)
    y = 2
def h():
    pass
    'not a docstring' + x
