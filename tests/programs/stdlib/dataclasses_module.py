# dataclasses: fields, defaults, order, frozen, asdict/astuple, replace, post_init
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
from typing import List

@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: List[str] = field(default_factory=list)

i = Item("pen", 1.5)
print(i, i == Item("pen", 1.5), i == Item("pen"))
print(asdict(i), astuple(i), [f.name for f in fields(i)])
print(replace(i, price=2.0))

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
print(sorted([Version(1, 2), Version(1, 0), Version(0, 9)]))
try:
    Version(1).major = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
print(hash(Version(1, 2)) == hash(Version(1, 2)))

@dataclass
class Rect:
    w: int
    h: int
    area: int = field(init=False, repr=False)
    def __post_init__(self):
        self.area = self.w * self.h
r = Rect(2, 3)
print(r, r.area)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError", e)
@dataclass(kw_only=True)
class K:
    a: int
print(K(a=1))
