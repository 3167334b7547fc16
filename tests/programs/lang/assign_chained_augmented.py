# Assignment: chained, augmented, to attributes and subscripts, evaluation order.
a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)

n = 10
n += 3; print(n)
n -= 1; print(n)
n *= 2; print(n)
n //= 5; print(n)
n **= 3; print(n)
n %= 7; print(n)
n <<= 4; print(n)
n >>= 2; print(n)
n |= 0b1010; print(n)
n &= 0b0110; print(n)
n ^= 0xff; print(n)
f = 7
f /= 2; print(f)
try:
    f @= 2
except TypeError as e:
    print(type(e).__name__, e)

# augmented assignment on mutable vs immutable
l1 = [1, 2]
l2 = l1
l1 += [3]
print(l1, l2, l1 is l2)
t1 = (1, 2)
t2 = t1
t1 += (3,)
print(t1, t2, t1 is t2)
s = "ab"
s *= 3
print(s)

# targets: attribute, subscript, slice
class Box:
    pass
box = Box()
box.v = 1
box.v += 41
print(box.v)
d = {"k": 1}
d["k"] += 1
d["new"] = d.get("new", 0) + 5
print(d)
lst = [0, 1, 2, 3, 4, 5]
lst[1:3] = ["a", "b", "c"]
print(lst)
lst[::2] = [9, 9, 9, 9][:len(lst[::2])]
print(lst)
try:
    lst[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)

# evaluation order: right side first, then targets left to right
log = []
def k(name, value):
    log.append(name)
    return value
store = {}
store[k("key1", "a")] = store[k("key2", "b")] = k("value", 1)
print(log, store)

# augmented subscript evaluates container and index once
calls = []
def idx():
    calls.append("idx")
    return 0
arr = [10]
arr[idx()] += 5
print(arr, calls)

# swap and rotation
p, q, r = 1, 2, 3
p, q, r = r, p, q
print(p, q, r)
i = 0
items = [5, 6]
i, items[i] = 1, 99
print(i, items)

try:
    undefined_name += 1
except NameError as e:
    print(type(e).__name__, e)
