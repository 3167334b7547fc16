from collections import deque
import collections as C
d = C.deque([1,2,3], maxlen=5)
d.append(4); d.appendleft(0); d.append(5)
print(d, len(d), d[0], d[-1], d.maxlen, 3 in d, d.count(3), d.index(3))
d.rotate(2); print(d); d.rotate(-3); print(d)
d.extend([7,8]); print(d); d.extendleft('ab'); print(d)
print(d.pop(), d.popleft(), d, list(reversed(d)))
d.remove(d[0]); print(d, d == C.deque(d), d < C.deque([9]))
d2 = d.copy(); d2.clear(); print(d2, bool(d2), repr(C.deque()))
print(C.deque('abc') + C.deque('de'), C.deque([1,2]) * 2)
x = C.deque(); x += [1,2]; x *= 2; print(x)
del x[0]; x[0] = 9; print(x); x.insert(1, 'i'); print(x); x.reverse(); print(x)
for bad in (lambda: C.deque().pop(), lambda: x.index(99), lambda: x['a'], lambda: x[99], lambda: hash(x), lambda: C.deque(maxlen=-1)):
    try: bad()
    except Exception as e: print(type(e).__name__, e)
try:
    for i in x: x.append(1)
except RuntimeError as e: print(e)
