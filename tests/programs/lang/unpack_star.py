# Iterable unpacking in assignments and for-loops, with a starred target.
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = "xyz"
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = (1, 2)
print(a, b, c)
(a, b), c = "hi", 3
print(a, b, c)
[a, [b, *c]] = [1, (2, 3, 4)]
print(a, b, c)
*all_of_it, = {"k": 1, "j": 2}
print(all_of_it)

for first, *rest in [(1,), (1, 2), (1, 2, 3)]:
    print(first, rest)

for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(i, x + y)

def gen():
    yield 1
    yield 2
    yield 3
x, y, z = gen()
print(x, y, z)

# errors
for value in [(1, 2, 3), (1,), [], "abcd", 5]:
    try:
        p, q = value
        print("ok", p, q)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

for value in [(1,), ()]:
    try:
        p, q, *r = value
    except ValueError as e:
        print(type(e).__name__, e)

try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)

# unpacking into attributes and subscripts
class O:
    pass
o = O()
d = {}
o.x, d["k"], *o.rest = range(4)
print(o.x, d, o.rest)

# starred in literals
l = [*range(3), *"ab", *(), *[None]]
print(l)
t = (*l[:2],)
print(t)
s = {*[1, 1, 2], *(2, 3)}
print(sorted(s))
print([*{"a": 1, "b": 2}])
try:
    print([*5])
except TypeError as e:
    print(type(e).__name__, e)
