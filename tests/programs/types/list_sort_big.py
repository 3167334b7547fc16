# Sorting larger data: 20000 pseudo-random records sorted by several keys, checked for order and
# stability by scanning, plus reverse stability and sorting already-sorted/reversed/equal inputs.
state = 42
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state % n
records = [(rnd(100), rnd(1000), i) for i in range(20000)]
by_first = sorted(records, key=lambda r: r[0])
ok = all(by_first[i][0] < by_first[i + 1][0] or (by_first[i][0] == by_first[i + 1][0] and by_first[i][2] < by_first[i + 1][2]) for i in range(len(by_first) - 1))
print("stable by first key", ok, by_first[0], by_first[-1])
rev = sorted(records, key=lambda r: r[0], reverse=True)
ok = all(rev[i][0] > rev[i + 1][0] or (rev[i][0] == rev[i + 1][0] and rev[i][2] < rev[i + 1][2]) for i in range(len(rev) - 1))
print("stable in reverse", ok, rev[0], rev[-1])
full = sorted(records)
print(full[:3], full[-2:], full == sorted(records, key=lambda r: (r[0], r[1], r[2])))
two_pass = sorted(sorted(records, key=lambda r: r[1]), key=lambda r: r[0])
print(two_pass == sorted(records, key=lambda r: (r[0], r[1])))
for name, data in (("sorted", list(range(5000))), ("reversed", list(range(5000, 0, -1))), ("equal", [7] * 5000),
                   ("sawtooth", [i % 37 for i in range(5000)]), ("organ", list(range(2500)) + list(range(2500, 0, -1)))):
    s = sorted(data)
    print(name, s[:3], s[-3:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
strs = ["%05d" % rnd(100000) for _ in range(5000)]
ss = sorted(strs)
print(ss[:3], ss[-1], ss == sorted(strs, key=int), len(set(ss)))
floats = [rnd(10 ** 6) / 7 - 70000 for _ in range(5000)]
fs = sorted(floats)
print(fs[0], fs[-1], all(fs[i] <= fs[i + 1] for i in range(len(fs) - 1)), sorted(floats, reverse=True)[0] == fs[-1])
lst = [rnd(1000) for _ in range(10000)]
lst.sort(key=lambda x: (x % 10, x))
print(lst[:5], lst[-5:])
