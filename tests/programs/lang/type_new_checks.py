# type(name, bases, ns): name checks (NUL, surrogates), nonempty __slots__ on int/tuple/bytes
# subtypes, a dict subclass namespace is copied in its own order.
import collections
for n in ('A\x00B', 'A\udcdcB', b'A'):
    try:
        type(n, (), {})
    except (ValueError, UnicodeEncodeError, TypeError) as e:
        print(type(e).__name__, e)
A = type('C', (), {})
for n in ('A\x00B', 'A\udcdcB', b'A'):
    try:
        A.__name__ = n
    except (ValueError, UnicodeEncodeError, TypeError) as e:
        print(type(e).__name__, e)
print(A.__name__)
for ns in ({'__slots__': 'x'},):
    for base in (int, tuple, bytes):
        try:
            type('A', (base,), ns)
        except TypeError as e:
            print(e)
print(type('B', (int,), {'__slots__': ()})(3))
od = collections.OrderedDict([('a', 1), ('b', 2)])
od.move_to_end('a')
C = type('C', (), od)
print(list(C.__dict__.items())[:2])
