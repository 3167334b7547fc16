import functools


class Shape:
    """A shape."""

    sides: int = 0

    def __init__(self, name):
        self.name = name

    @property
    def label(self):
        return f"<{self.name}>"

    @functools.lru_cache(maxsize=None)
    def area(self, scale=1.0, *args, key=None, **kwargs):
        return super().area() * scale


class Square(Shape, metaclass=type):
    sides = 4
