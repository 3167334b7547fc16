# itertools objects pickle and copy mid-way (count, cycle, repeat, accumulate, chain,
# compress, dropwhile, takewhile, filterfalse, starmap, islice, zip_longest); iterator
# subclasses with their own __init__ take keyword arguments; array repetition past memory
# raises MemoryError.
import array, copy, operator, pickle, sys
from itertools import (accumulate, chain, compress, count, cycle, dropwhile, filterfalse,
                       islice, repeat, starmap, takewhile, zip_longest)

def small(x):
    return x < 3

cases = [
    ("count", lambda: count(3), 4),
    ("count_step", lambda: count(1.5, 0.5), 4),
    ("cycle", lambda: cycle("abc"), 8),
    ("repeat", lambda: repeat("x", 5), 10),
    ("accumulate", lambda: accumulate([1, 2, 3, 4]), 10),
    ("accumulate_init", lambda: accumulate([1, 2, 3], operator.mul, initial=10), 10),
    ("chain", lambda: chain("ab", [], "cde"), 10),
    ("compress", lambda: compress("ABCDEF", [1, 0, 1, 0, 1, 1]), 10),
    ("dropwhile", lambda: dropwhile(small, [1, 2, 3, 4, 1]), 10),
    ("takewhile", lambda: takewhile(small, [1, 2, 3, 4, 1]), 10),
    ("filterfalse", lambda: filterfalse(None, [0, 1, 0, 2]), 10),
    ("starmap", lambda: starmap(pow, [(2, 3), (3, 2), (4, 1)]), 10),
    ("islice", lambda: islice(range(20), 2, 15, 3), 10),
    ("zip_longest", lambda: zip_longest("ab", "wxyz", fillvalue="-"), 10),
]

def take(it, n):
    return list(islice(it, n))

for name, make, n in cases:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        it = make()
        first = next(it)
        it2 = pickle.loads(pickle.dumps(it, proto))
        assert type(it2) is type(it), name
        a, b = take(it, n), take(it2, n)
        assert a == b, (name, proto, a, b)
    it = make()
    next(it)
    c = copy.deepcopy(it)
    print(name, first, take(c, n))

c = cycle("ab")
c.__setstate__((list("xyz"), 1))
print(take(c, 5))
ch = chain()
ch.__setstate__((iter("ab"), iter("cd")))
print(list(ch))
try:
    ch.__setstate__(5)
except TypeError as e:
    print(e)
try:
    ch.__setstate__((1,))
except TypeError as e:
    print(e)

for cls, args in [(map, (str, [1, 2])), (filter, (None, [0, 1])), (chain, ([1], [2])),
                  (islice, ("abc", 2)), (enumerate, ("ab",)), (zip, ("ab", "cd"))]:
    class Sub(cls):
        def __init__(self, *args, newarg=None):
            self.newarg = newarg
    class Plain(cls):
        pass
    try:
        u = Sub(*args, newarg=3)
        print(type(u).__name__, list(u), u.newarg)
    except TypeError as e:
        print("TypeError:", e)
    try:
        Plain(*args, newarg=3)
    except TypeError as e:
        print("TypeError:", e)
    print(type(Plain(*args)) is Plain)

a = array.array("d", [-1] * 65536)
try:
    a *= sys.maxsize // 65536 + 1
except MemoryError:
    print("MemoryError")
