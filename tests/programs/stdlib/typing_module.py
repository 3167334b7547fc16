# typing: generics, aliases, TypeVar, Protocol, NamedTuple, TypedDict, get_type_hints
from typing import (Any, Callable, Dict, Generic, List, NamedTuple, Optional, Protocol,
                    TypedDict, TypeVar, Union, get_args, get_origin, get_type_hints, cast,
                    overload, Literal, Final, ClassVar)

T = TypeVar("T")
print(T, List[int], Dict[str, List[int]], Optional[int], Union[int, str])
print(Callable[[int], str], Literal[1, "a"], get_origin(List[int]), get_args(Dict[str, int]))

class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
print(Box[int], Box(3).item, Box.__parameters__)

class Point(NamedTuple):
    x: int
    y: int = 0
p = Point(1)
print(p, p._asdict(), Point._fields, Point.__annotations__)

class Movie(TypedDict):
    name: str
    year: int
print(Movie(name="x", year=1), Movie.__required_keys__ == {"name", "year"})

class Sized(Protocol):
    def size(self) -> int: ...
print(Sized.__name__, cast(int, "x"))

def f(a: int, b: "str" = "") -> List[int]:
    return [a]
print(get_type_hints(f))

class C:
    x: ClassVar[int] = 1
    y: Final = 2
    z: Optional["C"] = None
print(get_type_hints(C))
print(int | None, list[int] | None)
