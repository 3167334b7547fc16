import operator
from operator import itemgetter, attrgetter, methodcaller

print(itemgetter(1)('abc'), itemgetter(1, 0)('ab'), itemgetter('k')({'k': 5}))
print(attrgetter('real')(3), attrgetter('real', 'imag')(1 + 2j))
class P:
    pass
p = P(); p.q = P(); p.q.r = 7
print(attrgetter('q.r')(p))
print(methodcaller('split', ',')('a,b'), methodcaller('split', sep='-', maxsplit=1)('a-b-c'))
print(repr(itemgetter(1)), repr(attrgetter('a.b', 'c')), repr(methodcaller('f', 1, k=2)))
print(operator.add(1, 2), operator.mul('a', 3), operator.neg(5), operator.not_(0), operator.truth([]))
print(operator.lt(1, 2), operator.is_(None, None), operator.contains([1], 1), operator.countOf([1, 1, 2], 1))
print(operator.indexOf('abc', 'c'), operator.length_hint([1, 2, 3]), operator.length_hint(type('H', (), {'__length_hint__': lambda self: 4})()), operator.length_hint(object(), 5), operator.index(7))
l = [1, 2]; operator.setitem(l, 0, 9); operator.delitem(l, 1); print(l, operator.getitem(l, 0))
print(operator.iadd([1], [2]), operator.concat('a', 'b'), operator.pow(2, 10), operator.mod(7, 3))
for bad in (lambda: attrgetter(1), lambda: methodcaller(), lambda: itemgetter(), lambda: operator.concat(1, 2)):
    try:
        bad()
    except TypeError as e:
        print(e)
