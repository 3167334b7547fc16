import collections as C
dd = C.defaultdict(list)
dd['a'].append(1); dd['b']
print(dd, dd.default_factory, dict(dd), isinstance(dd, dict), len(dd))
print(C.defaultdict(None, {1:2}), C.defaultdict(int, a=1).copy())
try: C.defaultdict(None)['x']
except KeyError as e: print('KeyError', e)
try: C.defaultdict(3)
except TypeError as e: print(e)
class D(C.defaultdict): pass
print(D(int, x=1), D(int) | {1: 2})
c = {}; C._count_elements(c, 'abracadabra'); print(c)
tg = C._tuplegetter(1, 'doc')
class P(tuple):
    y = tg
print(P((1, 2)).y, tg.__doc__, type(tg))
print(type(iter(C.deque())), C.deque.__module__, C.defaultdict.__name__)
