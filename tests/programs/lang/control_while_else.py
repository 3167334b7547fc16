# while loops: else clause, break, continue, nested loops.
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("i =", i)
else:
    print("while finished normally, i =", i)

i = 0
while True:
    i += 1
    if i > 3:
        break
print("broke at", i)

n = 10
while n > 0:
    if n == 7:
        print("found 7, breaking")
        break
    n -= 1
else:
    print("not printed")

n = 0
while n:
    print("never")
else:
    print("else runs when the condition is false at once")

# nested, break only leaves the inner loop
outer = 0
while outer < 3:
    inner = 0
    while True:
        inner += 1
        if inner == outer + 1:
            break
    print("outer", outer, "inner", inner)
    outer += 1

# collatz
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(k) for k in range(1, 15)])

# continue in while with else
count = 0
items = [1, 2, 3, 4, 5, 6]
while items:
    x = items.pop()
    if x % 2:
        continue
    count += x
else:
    print("sum of evens", count)
