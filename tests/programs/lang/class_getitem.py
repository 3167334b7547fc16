# __class_getitem__ and generic aliases of builtin types.
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Box[int], Box["x"], Box[1, 2], Box[()])
print(type(Box.__dict__["__class_getitem__"]).__name__)

class Sub(Box):
    pass
print(Sub[str])

class NoGeneric:
    pass
try:
    NoGeneric[int]
except TypeError as e:
    print(type(e).__name__, e)

# __getitem__ on the metaclass takes precedence over __class_getitem__
class Meta(type):
    def __getitem__(cls, item):
        return f"Meta.__getitem__({item!r})"
class Both(metaclass=Meta):
    def __class_getitem__(cls, item):
        return "never"
print(Both[0])

# instances use __getitem__, not __class_getitem__
class Inst:
    def __class_getitem__(cls, item):
        return "class"
    def __getitem__(self, item):
        return "instance"
print(Inst[0], Inst()[0])
try:
    Box()[0]
except TypeError as e:
    print(type(e).__name__, e)

# generic aliases of builtins
alias = list[int]
print(alias, repr(alias), alias.__origin__, alias.__args__, type(alias).__name__)
print(dict[str, list[int]], tuple[int, ...], tuple[()], type[int])
print(list[int]([1, 2]), isinstance([1], list), alias == list[int], alias != list[str])
try:
    isinstance([1], list[int])
except TypeError as e:
    print(type(e).__name__, e)
print(int | str, type(int | str).__name__, (int | None).__args__)
print(isinstance(5, int | str), isinstance(None, int | None), issubclass(bool, int | str))
def f(x: list[int] | None) -> dict[str, int]:
    pass
print(f.__annotations__)
