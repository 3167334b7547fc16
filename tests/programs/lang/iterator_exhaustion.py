# Iterator state: exhaustion, sharing one iterator between loops, zip consumption, iter() identity, restarting.
it = iter([1, 2, 3, 4, 5])
for x in it:
    print("first loop", x)
    if x == 2:
        break
for x in it:
    print("second loop continues", x)
print(list(it), next(it, "exhausted"))

nums = iter(range(6))
print(list(zip(nums, nums)))
a = iter("abcdef")
print(list(zip(a, a, a)))

gen = (x * x for x in range(4))
print(3 in (y for y in range(4)), 4 in gen, list(gen))

lst = [1, 2, 3]
it1 = iter(lst)
print(iter(it1) is it1, iter(lst) is iter(lst))
lst.append(4)
print(list(it1))

shared = iter(range(10))
evens = [x for x in shared if x % 2 == 0]
print(evens, list(shared))

z1, z2 = iter([1, 2, 3]), iter(["a", "b"])
print(list(zip(z1, z2)), list(z1))

def countdown(n):
    while n > 0:
        yield n
        n -= 1
c = countdown(3)
print(list(c), list(c), list(countdown(2)))

d = {"a": 1, "b": 2}
keys = iter(d)
print(next(keys), list(keys))
r = range(3)
print(list(r), list(r), list(iter(r)))
m = map(str, [1, 2, 3])
print(next(m), list(m), list(m))
e = enumerate("xy")
print(list(e), list(e))
print(sum(x for x in range(5)), any(x > 3 for x in iter([1, 5, 2])))
it = iter([1, 2, 3])
print(list(zip(it, [10, 20])), next(it, None))
