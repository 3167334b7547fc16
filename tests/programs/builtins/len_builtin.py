# len(): every sized core type, user __len__ (bool and big returns, negative, non-int), objects
# without __len__ (generators, ints), and len of views and ranges near sys.maxsize.
import sys
for obj in ("", "abc", "🐍é", b"ab", bytearray(3), [], [1, 2], (1,), {}, {"a": 1}, set(), {1, 2}, frozenset([1]), range(10), range(0, 10, 3),
            range(10, 0), {"a": 1}.keys(), {"a": 1}.values(), {"a": 1, "b": 2}.items(), memoryview(b"abcd")):
    print(type(obj).__name__, len(obj))
print(len(range(sys.maxsize)), len(range(-sys.maxsize, sys.maxsize, 2 ** 40)))
try:
    len(range(2 ** 64))
except OverflowError as e:
    print(type(e).__name__, e)
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(len(L(5)), len(L(True)), len(L(0)))
for n in (-1, 1.5, "3", 2 ** 63, None):
    try:
        print(len(L(n)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for obj in (5, 1.5, None, (x for x in []), iter([]), len, object()):
    try:
        len(obj)
    except TypeError as e:
        print(type(e).__name__, e)
class IdxLen:
    def __len__(self):
        class I:
            def __index__(self):
                return 7
        return I()
print(len(IdxLen()))
try:
    len()
except TypeError as e:
    print(type(e).__name__, e)
try:
    len([], [])
except TypeError as e:
    print(type(e).__name__, e)
