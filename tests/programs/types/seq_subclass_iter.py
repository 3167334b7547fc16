# list()/tuple()/extend read a subclass of list or tuple through its own __iter__
import sys

class LyingTuple(tuple):
    def __iter__(self):
        yield 1

class LyingList(list):
    def __iter__(self):
        yield 1

print(list(LyingTuple((2,))), tuple(LyingList([2])), list(LyingList([2])), tuple(LyingTuple((2,))))
a = [0]
a.extend(LyingTuple((2, 3)))
print(a)

# a length hint past what fits with the current length is ignored
class CustomIter:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
    def __length_hint__(self):
        return sys.maxsize
a = [1, 2, 3, 4]
a.extend(CustomIter())
print(a)

# comparisons read the lists live
class X:
    def __eq__(self, other):
        list2.clear()
        return NotImplemented
class Y:
    def __eq__(self, other):
        list1.clear()
        return NotImplemented
list1 = [X()]
list2 = [Y()]
print(list1 == list2, list1, list2)
print([1, 2] < [1, 3], [(1, 2)] > [(1, 1)], [1] < [1, 0])

# an exact tuple repeated once is itself
t = (1, 2)
e = ()
print(t * 1 is t, 1 * t is t, e * 5 is e, type(LyingTuple((1,)) * 1))
