"""A module to edit: functions, a class with methods, nested functions, decorators,
a function defined under an `if`, comments and blank lines.

Text in column 0 inside a docstring
does not start a statement.
"""
import functools

# Constants.
LIMIT = 10


def add(a, b=1):
    # Adds.
    total = a + b
    return total


@functools.lru_cache(maxsize=None)
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def outer(x):
    def inner(y):
        return x + y

    def other(z):
        return z * 2

    return inner(other(x))


class Shape:
    """A shape."""

    sides = 0

    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    def describe(self):
        return f"{self.name} with {self.sides} sides"


if LIMIT > 5:
    def big():
        return "big"
else:
    def big():
        return "small"


def last(items):
    result = []
    for item in items:
        if item:
            result.append(item)
    return result
