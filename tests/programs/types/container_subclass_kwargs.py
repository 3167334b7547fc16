# Keyword arguments in subclasses of list/tuple/set/frozenset (CPython's rule: allowed
# when the subclass overrides __new__ (list) or __init__ (tuple, set.__new__, frozenset));
# pickled set subclasses keep their attributes; range.count/`in` compare int subclasses
# item by item; a huge range indexes past 2**63; a slice bound's __index__ error propagates.
import pickle, sys

for base in (list, tuple, set, frozenset):
    class Plain(base):
        pass
    class WithInit(base):
        def __init__(self, seq, newarg=None):
            if base in (list, set):
                super().__init__(seq)
            self.newarg = newarg
    class WithNew(base):
        def __new__(cls, seq, newarg=None):
            self = super().__new__(cls, seq)
            self.newarg = newarg
            return self
        if base is set:
            def __init__(self, seq, newarg=None):
                super().__init__(seq)
    for cls in (Plain, WithInit, WithNew):
        try:
            u = cls([1, 2], newarg=3)
            print(base.__name__, cls.__name__, sorted(u), u.newarg)
        except TypeError as e:
            print(base.__name__, cls.__name__, "TypeError:", e)

class S(set):
    pass
s = S([1, 2])
s.x = 10
t = pickle.loads(pickle.dumps(s))
print(type(t).__name__, sorted(t), t.x)

class AlwaysEq:
    def __eq__(self, other):
        return True
class C3(int):
    def __eq__(self, other):
        return True
print(range(10).count(AlwaysEq()), range(10).count(C3(11)), C3(11) in range(10), 11 in range(10))
x = range(-sys.maxsize, sys.maxsize)
print(x[1] - x[0], x[sys.maxsize + 1], x[-1])

class IX:
    def __index__(self):
        raise RuntimeError("from __index__")
for seq in (range(10), [1, 2], (1, 2), "ab"):
    try:
        seq[:IX()]
    except RuntimeError as e:
        print(type(seq).__name__, "RuntimeError:", e)
