# Generator pipelines: chaining lazy stages, infinite generators with limits, interleaving.
def numbers():
    n = 0
    while True:
        yield n
        n += 1

def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x

def where(pred, it):
    for x in it:
        if pred(x):
            yield x

def mapped(f, it):
    for x in it:
        yield f(x)

pipeline = take(5, mapped(lambda x: x * x, where(lambda x: x % 3 == 0, numbers())))
print(list(pipeline))

def primes():
    found = []
    for n in numbers():
        if n < 2:
            continue
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
print(list(take(15, primes())))

def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)
print(list(window(range(6), 3)))

def interleave(*its):
    its = [iter(i) for i in its]
    while its:
        for it in list(its):
            try:
                yield next(it)
            except StopIteration:
                its.remove(it)
print(list(interleave("abc", [1, 2], "XYZW")))

def running_average():
    total = count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count
avg = running_average()
next(avg)
print([avg.send(v) for v in [10, 20, 30, 40]])

# stages print when they run: evaluation is interleaved, one item at a time
def stage(name, it):
    for x in it:
        print(f"  {name} {x}")
        yield x
for x in stage("outer", stage("inner", range(3))):
    pass

def chunked(it, n):
    chunk = []
    for x in it:
        chunk.append(x)
        if len(chunk) == n:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
print(list(chunked(range(7), 3)))

def tree_walk(tree, depth=0):
    name, children = tree
    yield "  " * depth + name
    for child in children:
        yield from tree_walk(child, depth + 1)
tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("deep", [])])])])
print("\n".join(tree_walk(tree)))

gen = numbers()
print(next(gen), next(gen), list(zip(gen, "xy")), next(gen))
