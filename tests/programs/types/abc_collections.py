# collections.abc over the native _abc: built-in registrations, structural checks, mixins
from collections.abc import (Callable, Container, Hashable, Iterable, Iterator, Mapping,
                             MutableMapping, MutableSequence, Sequence, Set, Sized)

print(isinstance([], Sequence), isinstance((), Sequence), isinstance("", Sequence))
print(isinstance({}, Mapping), isinstance({}, MutableMapping), isinstance([], Mapping))
print(isinstance(iter([]), Iterator), isinstance([], Iterator), isinstance([], Iterable))
print(isinstance(len, Callable), isinstance(1, Callable), isinstance(1, Hashable))
print(isinstance([], Hashable), isinstance(frozenset(), Set), isinstance(range(3), Sequence))


class Bag:
    def __len__(self):
        return 0

    def __contains__(self, x):
        return False

    def __iter__(self):
        return iter(())


print(issubclass(Bag, Sized), issubclass(Bag, Container), issubclass(Bag, Iterable))
print(issubclass(Bag, Sequence))


class MyMap(Mapping):
    def __init__(self, d):
        self.d = d

    def __getitem__(self, k):
        return self.d[k]

    def __len__(self):
        return len(self.d)

    def __iter__(self):
        return iter(self.d)


m = MyMap({"a": 1, "b": 2})
print(m["a"], m.get("z", 0), "a" in m, sorted(m.keys()), sorted(m.items()), m == {"a": 1, "b": 2})


class MySeq(MutableSequence):
    def __init__(self):
        self.items = []

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def __len__(self):
        return len(self.items)

    def insert(self, i, v):
        self.items.insert(i, v)


s = MySeq()
s.append(1)
s.extend([2, 3])
s.reverse()
print(list(s), s.index(2), s.count(3), 2 in s, s.pop(), list(reversed(s)))
try:
    MySeq.__abstractmethods__ = frozenset()
    Sequence()
except TypeError as e:
    print("TypeError:", e)
