# Loop idioms: sentinels, do-while emulation, loop-and-a-half, flags vs else, counters, nested breaks with functions.
data = [3, 7, -1, 9, 4]
i = 0
while data[i] != -1:
    print("value", data[i])
    i += 1
print("sentinel at index", i)

attempts = iter([5, 12, 8, 20])
while True:
    guess = next(attempts)
    print("guess", guess)
    if guess > 10:
        break
print("accepted", guess)

stream = iter(["a", "b", "", "c"])
for line in iter(lambda: next(stream), ""):
    print("line", line)
print("rest:", list(stream))

n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz 27 steps:", steps)

def first_pair_summing_to(nums, target):
    for i, a in enumerate(nums):
        for b in nums[i + 1:]:
            if a + b == target:
                return a, b
    return None
print(first_pair_summing_to([1, 4, 6, 9], 10), first_pair_summing_to([1, 2], 10))

found = False
for x in range(2, 20):
    for d in range(2, x):
        if x % d == 0:
            break
    else:
        if x > 10:
            found = True
            break
print("first prime above 10:", x, found)

count = 0
while count < 10:
    count += 1
    if count % 3:
        continue
    print("multiple of three", count)
else:
    print("while-else ran, count =", count)

balance, years = 100.0, 0
while balance < 200:
    balance *= 1.07
    years += 1
print(years, round(balance, 2))

stack = [[[1, [2, 3]], 4, [[5]]]]
flat = []
while stack:
    item = stack.pop()
    if isinstance(item, list):
        stack.extend(reversed(item))
    else:
        flat.append(item)
print("flattened in order:", flat)
