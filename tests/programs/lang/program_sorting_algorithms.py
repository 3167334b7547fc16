# Sorting algorithms written by hand: insertion, merge, quick, heap, counting; stability checked.
def insertion_sort(a):
    a = list(a)
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a

def merge_sort(a, key=lambda x: x):
    if len(a) <= 1:
        return list(a)
    mid = len(a) // 2
    left, right = merge_sort(a[:mid], key), merge_sort(a[mid:], key)
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if key(right[j]) < key(left[i]):
            out.append(right[j]); j += 1
        else:
            out.append(left[i]); i += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out

def quick_sort(a):
    if len(a) <= 1:
        return list(a)
    pivot, *rest = a
    return quick_sort([x for x in rest if x < pivot]) + [pivot] + quick_sort([x for x in rest if x >= pivot])

def heap_sort(a):
    a = list(a)
    def sift(start, end):
        root = start
        while 2 * root + 1 <= end:
            child = 2 * root + 1
            if child + 1 <= end and a[child] < a[child + 1]:
                child += 1
            if a[root] < a[child]:
                a[root], a[child] = a[child], a[root]
                root = child
            else:
                return
    for start in range(len(a) // 2 - 1, -1, -1):
        sift(start, len(a) - 1)
    for end in range(len(a) - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift(0, end - 1)
    return a

def counting_sort(a):
    if not a:
        return []
    lo, hi = min(a), max(a)
    counts = [0] * (hi - lo + 1)
    for x in a:
        counts[x - lo] += 1
    return [i + lo for i, c in enumerate(counts) for _ in range(c)]

def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2 ** 31
        yield seed

gen = lcg(42)
data = [next(gen) % 100 - 30 for _ in range(40)]
print(data)
expected = sorted(data)
for fn in (insertion_sort, merge_sort, quick_sort, heap_sort, counting_sort):
    result = fn(data)
    print(f"{fn.__name__:15} {result == expected} {result[:8]}")
for fn in (insertion_sort, merge_sort, quick_sort, heap_sort, counting_sort):
    print(fn.__name__, fn([]), fn([1]), fn([2, 1]), fn([3, 3, 3]))
records = [("b", 2), ("a", 2), ("c", 1), ("d", 1), ("e", 3)]
print(merge_sort(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1]) == merge_sort(records, key=lambda r: r[1]))
words = "the quick brown fox jumps over the lazy dog".split()
print(insertion_sort(words), quick_sort(words) == sorted(words))
print(heap_sort([3.5, -1.25, 2.0, 0.0, -0.0]), merge_sort(list("python")))
