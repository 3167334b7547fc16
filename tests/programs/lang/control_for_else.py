# for loops: else, break, continue, iteration over many iterables, loop variable afterwards.
for i in range(3):
    print("i", i)
else:
    print("else after full loop")
print("i after loop:", i)

def find(seq, target):
    for index, item in enumerate(seq):
        if item == target:
            print("found", target, "at", index)
            break
    else:
        print(target, "not found")
find([4, 5, 6], 5)
find([4, 5, 6], 9)
find([], 1)

for c in "abc":
    if c == "b":
        continue
    print(c)

for k in {"one": 1, "two": 2}:
    print("key", k)
for k, v in {"one": 1, "two": 2}.items():
    print(k, "->", v)
for x in (10, 20):
    print(x)
for x in b"AB":
    print(x)
for x in range(10, 0, -3):
    print(x, end=" ")
print()
for x in reversed([1, 2, 3]):
    print(x, end=" ")
print()

# the loop target can be any assignment target
d = {}
for d["key"] in [1, 2, 3]:
    pass
print(d)
class A:
    pass
a = A()
for a.attr in "xy":
    pass
print(a.attr)
lst = [0, 0]
for lst[0], lst[1] in [(1, 2), (3, 4)]:
    pass
print(lst)

# mutating a list while iterating
nums = [1, 2, 3]
for n in nums:
    if n == 1:
        nums.append(4)
    print("n", n)

# the empty loop leaves the variable untouched
j = "unset"
for j in []:
    pass
print(j)

try:
    for x in 42:
        pass
except TypeError as e:
    print(type(e).__name__, e)

d = {"a": 1}
try:
    for k in d:
        d["b"] = 2
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1}
try:
    for k in s:
        s.add(2)
except RuntimeError as e:
    print(type(e).__name__, e)
