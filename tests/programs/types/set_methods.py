# set methods (ints only, so iteration order is deterministic): add/discard/remove/pop/clear/copy/update
# family, and the errors.
def err(f, *a):
    try:
        r = f(*a)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("ok", repr(r))

s = {3, 1, 2}
s.add(4)
s.add(1)
print(s, len(s), 2 in s, 9 not in s)
s.discard(9)
s.discard(4)
s.remove(3)
print(s, s.pop(), s)
s.update([5, 6], (7,), range(8, 10))
print(s)
s.intersection_update({5, 6, 7, 8, 100}, range(7))
print(s)
s.difference_update([5], {99})
print(s)
s.symmetric_difference_update({6, 10})
print(s)
c = s.copy()
s.clear()
print(s, c, set(), set([1, 1, 2]), set(range(5)), set({1: "a", 2: "b"}), set(x % 3 for x in range(10)))
err(set().remove, 1)
err(set().pop)
err(set().add, [])
err(set().add)
err({1}.update, 5)
err({1}.discard, {})
err(set, 5)
err({1}.issubset, 5)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a.union(b), a.union(b, [10]), a.intersection(b), a.intersection(b, {4}), a.difference(b), a.difference(b, {1}),
      a.symmetric_difference(b), a.union(), a.intersection())
print(a.issubset(range(10)), {1}.issubset(a), a.issuperset([1, 2]), a.isdisjoint(b), a.isdisjoint({9}), set().issubset(set()))
print({1, 2} == {2, 1}, {1} == frozenset([1]), {1, 2} != {1}, set() == set(), {1.0, 1, True}, len({0, 0.0, False, -0.0}))
x = {10, 20}
x.discard(frozenset())
print(x, {frozenset({1}), frozenset({1})}, {frozenset({1})} == {frozenset([1])})
inner = {1}
try:
    {inner}
except TypeError as e:
    print(type(e).__name__, e)
print({frozenset(inner)}, frozenset(inner) in {frozenset({1})}, {1} in {frozenset({1})})
t = {1, 2, 3}
try:
    for v in t:
        t.add(v + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
t = {1, 2, 3}
try:
    for v in t:
        t.discard(v)
except RuntimeError as e:
    print(type(e).__name__, e)
big = set(range(100))
for i in range(0, 100, 3):
    big.discard(i)
print(len(big), sum(big), min(big), max(big), sorted(big)[:5])
print(set.__mro__, type(set()).__name__, type(iter({1})).__name__, set().__class__)
