# dict(mapping) follows the mapping's own iteration when it overrides __iter__
import collections
od = collections.OrderedDict([('a', 1), ('b', 2)])
od.move_to_end('a')
print(list(dict(od).items()), list({**od}.items()))
d = {}
d.update(od)
print(list(d))

# a key whose __eq__ clears the dict being merged in
class X:
    def __hash__(self):
        return 0
    def __eq__(self, o):
        other.clear()
        return False
other = dict([(i, 0) for i in range(1, 20)])
other[X()] = 0
d = {X(): 0, 1: 1}
try:
    d.update(other)
except RuntimeError as e:
    print("RuntimeError", e)

# set(dict), fromkeys(dict/set) reuse the stored hashes
class HashCountingInt(int):
    def __init__(self, *args):
        self.hash_count = 0
    def __hash__(self):
        self.hash_count += 1
        return int.__hash__(self)
d = dict.fromkeys(map(HashCountingInt, range(10)))
print(sum(e.hash_count for e in d))
s = set(d)
s.difference(d)
s.symmetric_difference_update(d)
d2 = dict.fromkeys(set(d))
d3 = dict.fromkeys(frozenset(d), 123)
print(sum(e.hash_count for e in d), d3 == dict.fromkeys(d, 123))
