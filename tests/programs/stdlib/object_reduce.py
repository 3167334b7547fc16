import copy, copyreg
class A:
    def __init__(self): self.x = 1
a = copy.copy(A()); print(type(a).__name__, a.x)
b = copy.deepcopy(A()); print(b.x)
class B:
    def __reduce__(self): return (B, ())
print(copy.copy(B()).__class__.__name__)
for p in range(6):
    r = A().__reduce_ex__(p)
    print(p, [x if not callable(x) else getattr(x, '__name__', x) for x in r[:1]], type(r[1]).__name__, r[2:3])
print(A().__reduce__()[0].__name__)
print(A().__getstate__(), object().__getstate__())
class S:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1
s = S(); print(s.__getstate__()); s2 = copy.deepcopy(s); print(s2.a, hasattr(s2, 'b'))
print(S.__slotnames__)
class S2(S):
    def __init__(self): super().__init__(); self.c = 3
print(S2().__getstate__())
class N:
    def __new__(cls, v):
        o = super().__new__(cls); o.v = v; return o
    def __getnewargs__(self): return (self.v,)
n = copy.copy(N(5)); print(n.v, N(5).__reduce_ex__(2)[1][1:])
class NE:
    def __new__(cls, *, v):
        o = super().__new__(cls); o.v = v; return o
    def __getnewargs_ex__(self): return ((), {'v': self.v})
r = NE(v=7).__reduce_ex__(2); print(r[0].__name__, r[1][1:], copy.copy(NE(v=7)).v)
class G:
    def __init__(self): self.a = 1; self.b = 2
    def __getstate__(self): return {'a': self.a}
    def __setstate__(self, st): self.__dict__.update(st); self.restored = True
g = copy.deepcopy(G()); print(vars(g))
class L(list): pass
l = L([1, 2]); l.attr = 'x'; l2 = copy.deepcopy(l); print(type(l2).__name__, l2, l2.attr)
r = l.__reduce_ex__(2); print(r[0].__name__, r[1][0].__name__, r[2], list(r[3]), r[4])
class D(dict): pass
d = D(a=1); d2 = copy.copy(d); print(type(d2).__name__, d2)
r = d.__reduce_ex__(2); print(r[2], r[3], list(r[4]))
class I(int): pass
print(copy.copy(I(5)), I(5).__reduce_ex__(2)[1])
class Bad:
    def __getnewargs__(self): return 5
try: Bad().__reduce_ex__(2)
except TypeError as e: print(e)
class Bad2:
    def __getnewargs_ex__(self): return (1,)
try: Bad2().__reduce_ex__(2)
except ValueError as e: print(e)
class Bad3:
    def __getnewargs_ex__(self): return ([], {})
try: Bad3().__reduce_ex__(2)
except TypeError as e: print(e)
class Bad4:
    def __getnewargs_ex__(self): return ((), [])
try: Bad4().__reduce_ex__(2)
except TypeError as e: print(e)
import pickle
for p in range(4):
    x = pickle.loads(pickle.dumps(A(), protocol=p)); print(p, type(x).__name__, x.x)
try: pickle.dumps(S(), protocol=1)
except TypeError as e: print(e)
print(pickle.loads(pickle.dumps(l, 2)), pickle.loads(pickle.dumps(d, 2)))
