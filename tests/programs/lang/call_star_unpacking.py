# Calls with *iterable and **mapping unpacking, many of each, and with plain arguments.
def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"
print(show(*[1, 2], 3, *(4,), *"ab"))
print(show(**{"a": 1}, b=2, **{"c": 3}))
print(show(1, *range(2), x=1, *[9], **{"y": 2}))
print(show(*{}, **{}))
def gen():
    yield "g1"
    yield "g2"
print(show(*gen(), *iter([7])))
print(show(*{"k1": 0, "k2": 0}))
print(show(*{3, 1, 2} - {1, 2}))

def three(a, b, c):
    return a * 100 + b * 10 + c
print(three(*[1, 2, 3]), three(1, *[2, 3]), three(*[1], **{"b": 2, "c": 3}), three(c=3, *[1, 2]))
for bad in [lambda: three(*[1, 2]), lambda: three(*[1, 2, 3, 4]), lambda: three(*1),
            lambda: three(**[("a", 1)]), lambda: three(1, **{"a": 1, "b": 2, "c": 3}),
            lambda: three(*None)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)

class Seq:
    def __iter__(self):
        return iter([10, 20, 30])
class Map:
    def keys(self):
        return ["a", "c", "b"]
    def __getitem__(self, k):
        return ord(k) - ord("a") + 1
print(three(*Seq()), three(**Map()))

class BadKeys:
    def keys(self):
        return [1]
    def __getitem__(self, k):
        return k
try:
    show(**BadKeys())
except TypeError as e:
    print(type(e).__name__, e)

# argument evaluation order: left to right, unpacking at its position
log = []
def a(v):
    log.append(v)
    return v
show(a(1), *[a(2)], a(3), k=a(4), **{"m": a(5)})
print(log)

print(*[1, 2, 3], sep=" | ")
print(*"xyz")
print(max(*[3, 9, 2]), min(*(4, 1), 7))
