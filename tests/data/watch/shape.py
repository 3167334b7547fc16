# shapes
class Shape:
    def __init__(self, n):
        self.n = n

    def describe(self):
        return f"{self.n} sides"


def area(w, h):
    return w * h
