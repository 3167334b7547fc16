# Integer sets in algorithms: a sieve by set difference, reachability with a frontier set,
# union-find style merging of sets, set comprehensions, and subset checks (ints only).
N = 200
composites = {m for p in range(2, 15) for m in range(p * p, N, p)}
primes = set(range(2, N)) - composites
print(len(primes), sorted(primes)[:10], sorted(primes)[-3:], 97 in primes, 91 in primes)
edges = {1: {2, 3}, 2: {4}, 3: {4, 5}, 4: {6}, 5: set(), 6: {1}, 7: {8}, 8: set()}
seen, frontier = set(), {1}
while frontier:
    seen |= frontier
    frontier = set().union(*(edges[n] for n in frontier)) - seen
print(sorted(seen), sorted(set(edges) - seen))
groups = [{1, 2}, {3}, {2, 4}, {5, 6}, {4, 7}, {6}]
merged = []
for g in groups:
    overlapping = [m for m in merged if m & g]
    for m in overlapping:
        merged.remove(m)
        g = g | m
    merged.append(g)
print(sorted(sorted(m) for m in merged))
evens = {x for x in range(20) if x % 2 == 0}
threes = {x for x in range(20) if x % 3 == 0}
print(evens & threes, evens ^ threes == (evens | threes) - (evens & threes), {6, 12} <= evens & threes, len(evens | threes))
pairs = {(a, b) for a in range(4) for b in range(4) if a < b}
print(sorted(pairs), len(pairs), (1, 2) in pairs, (2, 1) in pairs)
counts = {}
for x in [3, 1, 3, 2, 1, 3]:
    counts[x] = counts.get(x, 0) + 1
print({x for x, c in counts.items() if c > 1}, max(counts, key=counts.get))
fs = frozenset(range(5))
power = {frozenset(x for i, x in enumerate(sorted(fs)) if mask >> i & 1) for mask in range(2 ** len(fs))}
print(len(power), frozenset() in power, fs in power, sum(len(s) for s in power))
print(sorted(len(s) for s in power if 2 in s)[:5], max(power, key=lambda s: (len(s), sorted(s))))
