# iter() and next(): sequences, mappings, iterator identity, the sentinel form, default values,
# StopIteration propagation, __iter__ returning non-iterators, and __next__ on plain objects.
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.args)
print(iter(it) is it, list(iter("abc")), list(iter({"k": 1, "j": 2})), list(iter((1,))), list(iter(range(2, 5))))
values = [5, 4, 3, 2, 1]
print(list(iter(values.pop, 2)), values)
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Counter(), 4)))
class Fib:
    def __init__(self):
        self.a, self.b = 0, 1
    def __iter__(self):
        return self
    def __next__(self):
        self.a, self.b = self.b, self.a + self.b
        if self.a > 50:
            raise StopIteration
        return self.a
print(list(Fib()), next(Fib()), sum(Fib()))
class OnlyNext:
    def __next__(self):
        return 1
try:
    iter(OnlyNext())
except TypeError as e:
    print(type(e).__name__, e)
print(next(OnlyNext()))
class IterReturnsSelfless:
    def __iter__(self):
        return [1, 2]
try:
    iter(IterReturnsSelfless())
except TypeError as e:
    print(type(e).__name__, e)
for bad in (5, None, 1.5):
    try:
        iter(bad)
    except TypeError as e:
        print(type(e).__name__, e)
for bad in ([1], "s", 5):
    try:
        next(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    iter(5, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next()
except TypeError as e:
    print(type(e).__name__, e)
def raising():
    raise StopIteration("from callable")
print(list(iter(raising, None)))
g = (x for x in range(2))
print(next(g), next(g), next(g, "exhausted"), next(iter([]), "empty"))
class Broken:
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError("broken iterator")
try:
    for _ in Broken():
        pass
except ValueError as e:
    print(type(e).__name__, e)
