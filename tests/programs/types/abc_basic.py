# abc.ABC / ABCMeta through the native _abc: abstract methods, register, isinstance/issubclass
import abc


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...

    @property
    @abc.abstractmethod
    def name(self):
        ...

    def describe(self):
        return f"{self.name} with area {self.area()}"


print(sorted(Shape.__abstractmethods__))
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)


class Half(Shape):
    def area(self):
        return 1


print(sorted(Half.__abstractmethods__))
try:
    Half()
except TypeError as e:
    print("TypeError:", e)


class Square(Half):
    name = "square"

    def area(self):
        return 4


print(Square.__abstractmethods__, Square().describe())
print(isinstance(Square(), Shape), issubclass(Square, Shape), issubclass(int, Shape))


class Duck:
    pass


print(isinstance(Duck(), Shape))
Shape.register(Duck)
print(isinstance(Duck(), Shape), issubclass(Duck, Shape), issubclass(Duck, Half))


class SubDuck(Duck):
    pass


print(issubclass(SubDuck, Shape), Shape.register(int) is int, isinstance(3, Shape))
try:
    Shape.register(3)
except TypeError as e:
    print("TypeError:", e)
try:
    Square.register(Shape)
except RuntimeError as e:
    print("RuntimeError:", e)
t1 = abc.get_cache_token()
Half.register(float)
print(abc.get_cache_token() - t1, isinstance(1.5, Shape), isinstance(1.5, Half))


class Hooked(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if hasattr(C, "quack"):
            return True
        return NotImplemented


class Q:
    def quack(self):
        pass


print(issubclass(Q, Hooked), isinstance(Q(), Hooked), issubclass(Duck, Hooked))


class Meta(metaclass=abc.ABCMeta):
    pass


print(type(Meta).__name__, isinstance([], Meta))
reg, cache, neg, ver = Shape._abc_registry_clear() or (None, None, None, None), 0, 0, 0
print(issubclass(Duck, Shape))
Shape._abc_caches_clear()
print(issubclass(Duck, Shape), isinstance(3, Shape))
