# in / not in and is / is not: across containers, user hooks, fallbacks, and identity of singletons.
print(2 in [1, 2, 3], 4 not in (1, 2), "b" in "abc", "bc" in "abc", "" in "abc", "x" in "")
print(1 in {1: "a"}, "a" in {1: "a"}, 3 in {1, 2, 3}, 5 in range(0, 10, 5), 7 in range(0, 10, 5))
print(b"b" in b"abc", 98 in b"abc", [1] in [[1], [2]], (1, 2) in [(1, 2)])
print(1.0 in [1], True in [1], 0 in [False], None in [0, False, ""], "1" in [1])
try:
    [1] in {1: 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in "abc"
except TypeError as e:
    print(type(e).__name__, e)

class Contains:
    def __contains__(self, item):
        return item == "magic"
class IterOnly:
    def __iter__(self):
        yield from [1, 2, 3]
class GetitemOnly:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print("magic" in Contains(), "other" in Contains(), 2 in IterOnly(), 5 in IterOnly(), 20 in GetitemOnly(), 25 in GetitemOnly())
class TruthyContains:
    def __contains__(self, item):
        return [item]
print(1 in TruthyContains(), type(1 in TruthyContains()).__name__)

a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None, type(None) is type(None))
print(True is True, ... is Ellipsis, NotImplemented is NotImplemented, int is int, type(1) is int)
x = None
print(x is None, x == None, x is not None)
class EqAll:
    def __eq__(self, other):
        return True
e = EqAll()
print(e == None, e is None, e in [None], None in [e])
def f():
    pass
print(f is f, f.__code__ is f.__code__, [] is not [])
t1 = (1, 2)
t2 = t1
print(t1 is t2, id(t1) == id(t2), id(a) != id(c))
