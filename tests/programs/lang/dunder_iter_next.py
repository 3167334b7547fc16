# The iterator protocol: __iter__/__next__, StopIteration, iter(callable, sentinel), next with default.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(5)))
c = Countdown(2)
print(next(c), next(c), next(c, "exhausted"), next(c, None))
try:
    next(c)
except StopIteration as e:
    print("StopIteration", e.args)

# an iterable (not an iterator) returns fresh iterators
class Range3:
    def __iter__(self):
        return Countdown(3)
r = Range3()
print(list(r), list(r), [x * y for x in r for y in r][:4])
try:
    next(r)
except TypeError as e:
    print(type(e).__name__, e)

# __iter__ returning a non-iterator
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for _ in BadIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)

# iter(callable, sentinel)
values = [3, 2, 1, 0, 5]
it = iter(lambda: values.pop(0), 0)
print(list(it), values)
count = 0
def tick():
    global count
    count += 1
    return count
print(list(iter(tick, 4)))

# for-loop calls iter() once, then next() repeatedly
class Logged:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        print("  __iter__")
        return self
    def __next__(self):
        self.n += 1
        print("  __next__", self.n)
        if self.n > 2:
            raise StopIteration
        return self.n
for v in Logged():
    print("  body", v)

# unpacking and builtins consume iterators
a, b, c = Countdown(3)
print(a, b, c, sum(Countdown(4)), max(Countdown(4)), sorted(Countdown(3)), dict(zip(Countdown(2), "ab")))
print(list(enumerate(Countdown(2), 1)), list(map(str, Countdown(2))), "-".join(map(str, Countdown(3))))

# a StopIteration with a value ends a for loop quietly
class WithValue:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("ignored value")
print(list(WithValue()))

# exceptions other than StopIteration propagate
class Fails:
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError("broken iterator")
try:
    list(Fails())
except ValueError as e:
    print(type(e).__name__, e)
try:
    next(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
