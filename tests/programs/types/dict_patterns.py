# Common dict idioms: counting, grouping with setdefault, inverting, nested dicts, merging with
# precedence, dict comprehensions with conditions, sorting by value, and get with defaults.
text = "the cat and the hat and the bat sat on the mat"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
groups = {}
for w in text.split():
    groups.setdefault(len(w), []).append(w)
print(groups)
by_first = {}
for w in sorted(set(text.split())):
    by_first.setdefault(w[0], set()).add(len(w))
print({k: sorted(v) for k, v in by_first.items()})
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inv)
nested = {}
for a, b, v in [("x", "p", 1), ("x", "q", 2), ("y", "p", 3)]:
    nested.setdefault(a, {})[b] = v
print(nested, nested["x"]["q"], nested.get("z", {}).get("p", "none"))
defaults = {"color": "red", "size": 1, "tags": []}
user = {"size": 3, "extra": True}
print({**defaults, **user}, defaults | user, user | defaults)
squares = {n: n * n for n in range(10) if n % 3}
print(squares, {k: v for k, v in squares.items() if v > 20}, sum(squares.values()))
matrix = {(r, c): r * 3 + c for r in range(3) for c in range(3)}
print(matrix[(2, 1)], [matrix[(i, i)] for i in range(3)], max(matrix, key=matrix.get), len(matrix))
memo = {}
def fib(n):
    if n in memo:
        return memo[n]
    memo[n] = n if n < 2 else fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(90), len(memo), list(memo)[:5])
d = dict.fromkeys("abc", 0)
for ch in "abacabx":
    if ch in d:
        d[ch] += 1
print(d, [k for k, v in d.items() if v == max(d.values())])
table = [{"name": "a", "n": 3}, {"name": "b", "n": 1}, {"name": "c", "n": 2}]
print(sorted(table, key=lambda r: r["n"]), {r["name"]: r["n"] for r in table}, sum(r["n"] for r in table))
