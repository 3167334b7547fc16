# __abc_tpflags__ marks an ABC as a sequence or mapping for pattern matching; registering a
# class with it (or subclassing it) makes its instances match sequence/mapping patterns
import abc


class SeqABC(abc.ABC):
    __abc_tpflags__ = 1 << 5


class MapABC(abc.ABC):
    __abc_tpflags__ = 1 << 6


print("__abc_tpflags__" in SeqABC.__dict__)


class Pair:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        if i >= 2:
            raise IndexError(i)
        return ("x", "y")[i]


class Table:
    def __init__(self):
        self.d = {"k": 1}

    def keys(self):
        return self.d.keys()

    def __len__(self):
        return 1

    def get(self, k, default=None):
        return self.d.get(k, default)

    def __getitem__(self, k):
        return self.d[k]


def kind(o):
    match o:
        case [a, b]:
            return f"seq {a} {b}"
        case {"k": v}:
            return f"map {v}"
        case _:
            return "other"


print(kind(Pair()), kind(Table()))
SeqABC.register(Pair)
MapABC.register(Table)
print(kind(Pair()), kind(Table()))


class SubPair(Pair):
    pass


print(kind(SubPair()))


class Direct(SeqABC):
    def __len__(self):
        return 2

    def __getitem__(self, i):
        return [10, 20][i]


print(kind(Direct()))
try:
    class Both(abc.ABC):
        __abc_tpflags__ = (1 << 5) | (1 << 6)
except TypeError as e:
    print("TypeError:", e)
