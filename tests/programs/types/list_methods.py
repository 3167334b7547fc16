# list methods: append/extend/insert/remove/pop/clear/index/count/copy/reverse, their edge cases and errors.
def err(f, *a):
    try:
        r = f(*a)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("ok", repr(r))

a = [3, 1, 4]
a.append(1)
a.append([5])
print(a, len(a))
a.extend([9, 2])
a.extend((6,))
a.extend("ab")
a.extend(range(2))
a.extend(x * 10 for x in (1, 2))
a.extend({})
print(a)
a.insert(0, "first")
a.insert(-1, "before-last")
a.insert(100, "end")
a.insert(-100, "start")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a.pop(3), a)
a.remove(1)
print(a, a.index(1), a.index(9), a.index(9, 4), a.count(1), a.count("a"), a.count([5]), a.index([5]))
print(a.index(1, -20, 100), a.count(99))
b = a.copy()
b.reverse()
print(b, a == b[::-1], a is not b, b[0] is a[-1])
a.clear()
print(a, b.clear(), b, [].copy())
err([].pop)
err([1].pop, 5)
err([1].pop, "0")
err([1, 2].remove, 3)
err([1, 2].index, 3)
err([1, 2].index, 2, 0, 1)
err([].extend, 5)
err([].extend, None)
err([].insert, "0", 1)
err([].insert, 0)
err([].append)
err([].append, 1, 2)
err(list.append, (), 1)
c = [1, 2]
c.extend(c)
print(c)
c.extend(iter(c[:3]))
print(c, c.count(1), c.index(2, 2))
nested = [[0] * 2] * 2
nested[0][0] = 9
print(nested)
rows = [[0] * 2 for _ in range(2)]
rows[0][0] = 9
print(rows)
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("eq", self.v, other)
        return self.v == other
l = [Eq(1), Eq(2)]
print(l.index(2), l.count(1), 2 in l)
l.remove(1)
print(len(l))
nan = float("nan")
m = [nan, 1]
print(m.count(nan), m.index(nan), nan in m, m.count(float("nan")))
print(list.__mro__, list.__name__, type([]).__name__, [].__class__, list("ab"), list(), list(range(3)), list({"k": 1}))
