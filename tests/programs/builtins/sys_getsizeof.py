# sys.getsizeof and __sizeof__: CPython 3.11's sizes on 64-bit Linux (object layout, list
# capacity, dict keys table, set table, str kinds, int digits, the GC head and managed
# __dict__ words getsizeof adds), and its errors and default.
import sys


class A:
    pass


class A2(A):
    pass


class S:
    __slots__ = ('a', 'b')


class W:
    __slots__ = ('__weakref__',)


class Dd:
    __slots__ = ('__dict__',)


class Dd2:
    __slots__ = ('__dict__', 'x')


class T(int):
    __slots__ = ()


class I(int):
    pass


class B(bytes):
    pass


class BS(bytes):
    __slots__ = ()


class Tu(tuple):
    pass


class L(list):
    pass


class LS(list):
    __slots__ = ()


class D(dict):
    pass


class St(set):
    pass


class U(str):
    pass


class US(str):
    __slots__ = ()


class F(float):
    pass


class FS(float):
    __slots__ = ()


class E(Exception):
    pass


class BA(bytearray):
    pass


values = [
    0, 1, -1, 2**30 - 1, 2**30, 2**60, 2**90, -2**100, True, False, 1.5, 1j,
    '', 'a', 'abc', 'é', 'éa', '€', '€x', '😀', 'a😀',
    b'', b'abc', bytearray(), bytearray(b'abc'),
    (), (1,), (1, 2, 3), [], [1], [1, 2, 3], [None] * 10,
    {}, {1: 2}, {'a': 1}, {'a': 1, 'b': 2}, dict(a=1), dict.fromkeys(range(10)),
    set(), {1}, set(range(10)), frozenset(), frozenset(range(5)),
    None, Ellipsis, NotImplemented, object(), range(10), slice(1, 2),
    A(), A2(), S(), W(), Dd(), Dd2(),
    T(1), I(1), I(2**40), B(b'ab'), BS(b'ab'), Tu((1, 2)), L(), LS(), D(), St(),
    U('abc'), U('é'), US('ab'), F(1.0), FS(1.0), E(), BA(b'ab'),
    Exception(), ValueError('x'), OSError(), SyntaxError(), StopIteration(), KeyError(),
    ImportError(), NameError(), AttributeError(), UnicodeDecodeError('a', b'', 0, 0, ''),
]
for v in values:
    print(type(v).__name__, sys.getsizeof(v), v.__sizeof__())

for t in [object, int, bool, float, str, bytes, bytearray, tuple, list, dict, set, A, S, W,
          Dd, T, I, B, Tu, L, U, US, F, E, BA, Exception, OSError]:
    print(t.__name__, t.__basicsize__, t.__itemsize__)

# Capacity follows CPython's: appends grow by its pattern up to 16 slots.
lst = []
for i in range(16):
    lst.append(i)
    print(len(lst), sys.getsizeof(lst), end='; ')
print()
d = {}
for i in range(30):
    d[i] = i
    print(len(d), sys.getsizeof(d), end='; ')
print()
s = set()
for i in range(40):
    s.add(i)
    print(len(s), sys.getsizeof(s), end='; ')
print()
for n in range(0, 40, 3):
    print(n,
          sys.getsizeof(eval('{' + ','.join(f'{i}:{i}' for i in range(n)) + '}')),
          sys.getsizeof(eval('{' + ','.join(f"'k{i}':{i}" for i in range(n)) + '}')),
          sys.getsizeof({i: i for i in range(n)}),
          sys.getsizeof(dict(zip(range(n), range(n)))),
          sys.getsizeof(set(range(n))), sys.getsizeof(frozenset(range(n))),
          sys.getsizeof({i for i in range(n)}),
          sys.getsizeof([0] * n), sys.getsizeof(tuple(range(n))), sys.getsizeof('x' * n),
          sys.getsizeof(b'x' * n), sys.getsizeof(bytearray(n)), sys.getsizeof(str(n) * n))


class Neg:
    def __sizeof__(self):
        return -1


class NotInt:
    def __sizeof__(self):
        return 'x'


class Big:
    def __sizeof__(self):
        return 2**70


class Fl:
    def __sizeof__(self):
        return 1.5


class Bo:
    def __sizeof__(self):
        return True


class Sub(int):
    pass


class Ret:
    def __sizeof__(self):
        return Sub(5)


class Raise:
    def __sizeof__(self):
        raise TypeError('nope')


class RaiseV:
    def __sizeof__(self):
        raise ValueError('nope')


class NoneS:
    __sizeof__ = None


for c in [Neg, NotInt, Big, Fl, Bo, Ret, Raise, RaiseV, NoneS]:
    for args in [(), ('dflt',)]:
        try:
            print(c.__name__, sys.getsizeof(c(), *args))
        except Exception as e:
            print(c.__name__, type(e).__name__, e)
print(sys.getsizeof(object=1, default=2), sys.getsizeof(NotInt(), None))
try:
    sys.getsizeof()
except TypeError as e:
    print(e)
try:
    sys.getsizeof(1, 2, 3)
except TypeError as e:
    print(e)
