# Sorting user objects: sorted/min/max use only __lt__ (or reflected __gt__), stability, key functions, errors.
calls = []
class Card:
    ORDER = "23456789TJQKA"
    def __init__(self, text):
        self.rank, self.suit = text[0], text[1]
    def __lt__(self, other):
        calls.append("lt")
        return Card.ORDER.index(self.rank) < Card.ORDER.index(other.rank)
    def __repr__(self):
        return self.rank + self.suit

hand = [Card(t) for t in ["Ks", "2h", "Ts", "2c", "Ad", "Kh"]]
print(sorted(hand), "calls only __lt__:", set(calls))
calls.clear()
print(max(hand), min(hand), set(calls))
print(sorted(hand, reverse=True))

class OnlyGt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return f"G{self.v}"
print(sorted([OnlyGt(3), OnlyGt(1), OnlyGt(2)]))

class NoOrder:
    pass
try:
    sorted([NoOrder(), NoOrder()])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([NoOrder()]) != [], len(sorted([])))

# stability: equal elements keep their input order
people = [("ann", 30), ("bob", 25), ("cy", 30), ("di", 25), ("ed", 30)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(sorted(people, key=lambda p: p[0], reverse=True), key=lambda p: p[1]))

# a key function is called once per element
key_calls = []
def key(p):
    key_calls.append(p[0])
    return -p[1]
print(sorted(people, key=key), len(key_calls))

# list.sort in place, returning None; mutation during sort is detected
data = [3, 1, 2]
print(data.sort(), data)
class Mutator:
    def __init__(self, v, target):
        self.v, self.target = v, target
    def __lt__(self, other):
        self.target.append(0)
        return self.v < other.v
lst = []
lst.extend([Mutator(2, lst), Mutator(1, lst)])
try:
    lst.sort()
except ValueError as e:
    print(type(e).__name__, e)

# __lt__ returning non-bool values is converted with truthiness
class Weird:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return "yes" if self.v < other.v else ""
    def __repr__(self):
        return f"W{self.v}"
print(sorted([Weird(2), Weird(3), Weird(1)]))
# an exception in __lt__ propagates out of sorted
class Boom:
    def __lt__(self, other):
        raise RuntimeError("comparison exploded")
try:
    sorted([Boom(), Boom()])
except RuntimeError as e:
    print(type(e).__name__, e)
