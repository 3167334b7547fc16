# Large list/dict/set workloads (ints only): growth, deletion, resizing, membership, sorting and
# slicing on 10^5 elements, with checksums printed.
N = 100000
lst = list(range(N))
lst.reverse()
print(len(lst), lst[0], lst[-1], sum(lst), lst.index(0), lst[N // 2])
lst.sort()
print(lst[:3], lst[-3:], lst == list(range(N)))
del lst[::2]
print(len(lst), lst[:3], sum(lst))
lst[10:20] = []
lst[0:0] = [-1] * 5
print(len(lst), lst[:7], lst.count(-1))
sq = [i * i % 1009 for i in range(N)]
print(sorted(sq)[N // 2], max(sq), min(sq), len(set(sq)), sq.count(0))
d = {}
for i in range(N):
    d[i * 7 % N] = i
print(len(d), d[0], d[7], d[N - 7], sum(d.values()) == sum(range(N)))
for i in range(0, N, 3):
    del d[i]
print(len(d), list(d)[:5], next(iter(d)), 3 in d, 4 in d)
for i in range(0, N, 3):
    d[i] = -i
print(len(d), list(d)[-3:], d[3])
s = set()
for i in range(N):
    s.add(i * 31 % 65537)
print(len(s), min(s), max(s), 65536 in s, sum(s))
s2 = set(range(0, N, 2))
print(len(s & s2), len(s | s2), len(s - s2), len(s ^ s2))
while len(s) > 10:
    s.pop()
print(len(s))
t = tuple(range(N))
print(t[12345], t[-1], len(t[::7]), hash(t) == hash(tuple(range(N))))
text = ",".join(str(i) for i in range(10000))
parts = text.split(",")
print(len(text), len(parts), parts[9999], text.count("99"), text.find("5000"), text.rfind("1,"))
nested = [[i, [i]] for i in range(1000)]
print(nested[999], sum(x[1][0] for x in nested), sorted(nested, key=lambda p: -p[0])[0])
