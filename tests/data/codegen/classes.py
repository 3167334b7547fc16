class A:
    "A class."
    x = 1
    def method(self):
        return self.x

class B(A, metaclass=Meta):
    def __init__(self):
        super().__init__()
        self.__private = 1

    @property
    def value(self):
        return self.__private

class C:
    y: int = 2
    z: str
