# Dict and set comprehensions: duplicates, ordering, nesting, conditional values.
words = ["apple", "banana", "cherry", "avocado", "blueberry"]
print({w: len(w) for w in words})
print({w[0]: w for w in words})
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
print({v: k for k, v in {"x": 1, "y": 2}.items()})
print({i: i * i for i in range(6) if i % 2})
print({i: {j: i * j for j in range(3)} for i in range(2)})
print({(i, j): i + j for i in range(2) for j in range(2)})
print(sorted({len(w) for w in words}), sorted({w[0] for w in words}))
print(sorted({x % 4 for x in range(20)}), {x for x in []}, type({x for x in []}).__name__)
print(sorted({c for w in words for c in w if c in "aeiou"}))
print({True: "bool", 1: "int", 1.0: "float"})
print({k: "even" if k % 2 == 0 else "odd" for k in range(4)})
order = []
def key(k):
    order.append(f"key {k}")
    return k
def value(v):
    order.append(f"value {v}")
    return v
print({key(i): value(i) for i in range(2)}, order)
try:
    {[1]: 2 for _ in range(1)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[x] for x in range(2)}
except TypeError as e:
    print(type(e).__name__, e)
counts = {}
text = "mississippi"
counts = {c: text.count(c) for c in text}
print(counts)
print(dict(sorted({w: -len(w) for w in words}.items(), key=lambda kv: kv[1])))
print(frozenset(x for x in range(3)) == {x for x in range(3)})
