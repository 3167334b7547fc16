# match with sequence patterns: fixed length, star, nesting, what counts as a sequence.
def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long: {first}..{last} with {len(middle)} in between"
        case [first, *rest]:
            return f"first {first}, rest {rest}"

for s in [[], [1], (1, 2), [1, 2, 3], list(range(7)), range(3)]:
    print(repr(s), "->", shape(s))

# strings, bytes and bytearrays are not sequences for match
for s in ["ab", b"ab", bytearray(b"ab")]:
    match s:
        case [a, b]:
            print("sequence", a, b)
        case _:
            print(repr(s), "is not matched as a sequence")

# dicts, sets and iterators are not sequences either
for s in [{1: 2}, {1, 2}, iter([1, 2])]:
    match s:
        case [*_]:
            print("sequence")
        case _:
            print(type(s).__name__, "is not a sequence")

def nested(p):
    match p:
        case [(x1, y1), (x2, y2)]:
            return f"segment from ({x1},{y1}) to ({x2},{y2})"
        case [[_, _], *others]:
            return f"pair followed by {len(others)} more"
        case (_, (_, [_, *deep])):
            return f"deep star {deep}"
        case _:
            return "no match"
print(nested([(0, 0), (1, 1)]))
print(nested([[1, 2], 3, 4]))
print(nested((1, (2, [3, 4, 5]))))
print(nested([1]))

# star wildcard, star in the middle, type mixing
match [1, 2, 3, 4, 5]:
    case [1, *_, 5]:
        print("starts with 1, ends with 5")
match (1, "two", 3.0):
    case [int(), str() as s, float()]:
        print("typed elements, s =", s)
match [1, [2, 3]]:
    case [1, [2, 3] | [3, 2]]:
        print("or-pattern inside")

# sequence patterns use len() and indexing of a user Sequence
class MySeq:
    def __init__(self, *items):
        self.items = items
    def __len__(self):
        print("  len called")
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
import sys
print(isinstance(MySeq(), list))
match MySeq(1, 2):
    case [a, b]:
        print("matched a user class?", a, b)
    case _:
        print("a class without the sequence flag does not match")

# collections.abc registration is needed: a list subclass matches
class MyList(list):
    pass
match MyList([7, 8]):
    case [a, b]:
        print("list subclass:", a, b)
