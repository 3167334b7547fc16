# pass, Ellipsis, and docstrings of modules, functions and classes.
"""Module docstring for the program."""

print(__doc__)

def empty():
    pass
print(empty())

def with_doc():
    """Function docstring."""
    return 1
print(with_doc.__doc__, with_doc())

def doc_only():
    """Only a docstring."""
print(doc_only(), doc_only.__doc__)

def not_doc():
    x = 1
    "not a docstring"
    return x
print(not_doc.__doc__)

class K:
    """Class docstring."""
    def method(self):
        "Method docstring in single quotes."
print(K.__doc__, K.method.__doc__, K().method.__doc__)

class NoDoc:
    pass
print(NoDoc.__doc__)

def fdoc():
    f"""an f-string is not a docstring"""
print(fdoc.__doc__)

lam = lambda: None
print(lam.__doc__)

print(..., Ellipsis, ... is Ellipsis, type(...).__name__, bool(...))
def stub(): ...
print(stub())
x = [1, 2, 3]
class Sub:
    def __getitem__(self, key):
        return key
print(Sub()[...], Sub()[1, ...], Sub()[..., 1:2])
with_doc.__doc__ = "changed"
print(with_doc.__doc__)
