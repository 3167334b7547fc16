# bytes/bytearray: pickling of bytearray (subclasses with state too) and of the iterators,
# exhausted iterators, sequences without __iter__, fromhex whitespace, %b precision,
# __bytes__ and repeat identity.
import pickle, copy


class BA(bytearray):
    pass


class BAS(bytearray):
    __slots__ = ('x',)


b = BA(b'xyz')
b.a = 1
for proto in range(6):
    c = pickle.loads(pickle.dumps(b, proto))
    print(proto, type(c).__name__, c, c.a)
s = BAS(b'q')
s.x = 5
print(copy.copy(s).x, pickle.loads(pickle.dumps(s)).x)
print(bytearray(b'ab').__reduce__(), bytearray().__reduce_ex__(4))
for seq in (b'abc', bytearray(b'abc')):
    it = iter(seq)
    next(it)
    for proto in range(6):
        print(list(pickle.loads(pickle.dumps(it, proto))), end=' ')
    print(it.__reduce__()[1:])
ba = bytearray(b'12')
it = iter(ba)
print(list(it))
ba.append(9)
print(list(it), it.__reduce__()[1])


class S:
    def __getitem__(self, i):
        if i < 3:
            return i + 65
        raise IndexError


print(bytes(S()), bytearray(S()))
try:
    bytes(5.0)
except TypeError as e:
    print(e)
print(bytes.fromhex(' 1A\n2B\t30\v'), bytearray.fromhex('\x0c ff'))
print(b'%*.*b' % (5, 2, b'abc'), b'%-4.1s|' % b'xyz', b'%3c' % 65, b'%.2r' % 'x')
print(b'ab'.__bytes__(), type(BA(b'q').__class__.__mro__[1]))
x = b'abc'
print(x * 1 is x, 1 * x is x, x * 2)
t = 'text'
print(t * 1 is t, (t * 0) == '', bytearray(b'ab') * 1)
