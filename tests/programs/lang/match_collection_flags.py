# Which of `case [*_]` / `case {}` a class matches: the first sequence-or-mapping class of
# its MRO decides (not its layout base); memoryview and array.array are sequences.
import array
import collections
import collections.abc


def seq_then_map(x):
    match x:
        case [*_]:
            return "seq"
        case {}:
            return "map"


def map_then_seq(x):
    match x:
        case {}:
            return "map"
        case [*_]:
            return "seq"


class C:
    pass


classes = [
    ("M1", (collections.UserDict, collections.abc.Sequence)),
    ("M2", (C, collections.UserDict, collections.abc.Sequence)),
    ("M3", (collections.UserDict, C, list)),
    ("M4", (dict, collections.abc.Sequence, C)),
    ("S1", (collections.UserList, collections.abc.Mapping)),
    ("S2", (C, collections.UserList, collections.abc.Mapping)),
    ("S3", (list, C, collections.abc.Mapping)),
    ("S4", (collections.UserList, dict, C)),
]
for name, bases in classes:
    cls = type(name, bases, {})
    print(name, seq_then_map(cls()), map_then_seq(cls()))

for v in [memoryview(b"abc"), array.array("b", b"abc"), bytearray(b"abc"), b"abc", "abc"]:
    match v:
        case [x, y, z]:
            print(type(v).__name__, x, y, z)
        case _:
            print(type(v).__name__, "no match")
