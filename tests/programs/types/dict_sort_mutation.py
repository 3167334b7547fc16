# A dict whose keys change during iteration (a delete and an insert keep its size) raises
# "dictionary keys changed during iteration"; setdefault hashes and compares once; a list
# mutated during sort (even an append undone by a pop) raises ValueError.
from functools import cmp_to_key

for view in (lambda d: d, dict.values, dict.items):
    d = {0: 0}
    try:
        for i in view(d):
            del d[0]
            d[0] = 0
    except RuntimeError as e:
        print("RuntimeError:", e)

class Hashed:
    def __init__(self):
        self.hash_count = 0
        self.eq_count = 0
    def __hash__(self):
        self.hash_count += 1
        return 42
    def __eq__(self, other):
        self.eq_count += 1
        return id(self) == id(other)
h1 = Hashed()
y = {h1: 5}
h2 = Hashed()
print(y.setdefault(h2, []), y.setdefault(h1, 0))
print(h1.hash_count, h2.hash_count, h1.eq_count + h2.eq_count)

def mutating_cmp(x, y):
    L.append(3)
    L.pop()
    return (x > y) - (x < y)
L = [1, 2]
try:
    L.sort(key=cmp_to_key(mutating_cmp))
except ValueError as e:
    print("ValueError:", e, L)
L = [3, 1, 2]
L.sort(key=lambda x: (L.clear(), x)[1])
print(L)
