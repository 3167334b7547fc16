# Match.group/groups/groupdict/start/end/span/regs/lastindex/lastgroup, named groups, indexing
import re

m = re.match(r"(?P<first>\w+) (?P<last>\w+)(?: (\d+))?", "Jane Doe x")
print(m.group(), m.group(0), m.group(1), m.group(2), m.group(3))
print(m.group(1, 2, 3), m.group("first", "last"))
print(m["first"], m[2], m[0])
print(m.groups(), m.groups("-"), m.groups(default=0))
print(m.groupdict(), m.groupdict("?"))
print(m.start(1), m.end(1), m.span(2), m.span(3), m.start(3), m.end("last"))
print(m.regs)
print(m.lastindex, m.lastgroup)
print(m.re.groups, m.re.groupindex, type(m.re.groupindex).__name__)

m = re.match(r"(a)(b)?(c)?", "ac")
print(m.groups(), m.lastindex, m.lastgroup, m.regs)
m = re.match(r"(a)|(b)", "b")
print(m.groups(), m.lastindex, m.span(1), m.span(2))
m = re.match(r"((a)b)", "ab")
print(m.lastindex, m.groups())
m = re.match(r"(?P<x>a)(?P<y>b)", "ab")
print(m.lastgroup, m.lastindex)
m = re.match(r"(?P<x>a)(b)", "ab")
print(m.lastgroup, m.lastindex)
m = re.match(r"a", "a")
print(m.lastindex, m.lastgroup, m.groups(), m.groupdict(), m.regs)

# repeated groups keep the last iteration
m = re.match(r"(?:(\w)\s*)+", "a b c")
print(m.group(1), m.span(1))
m = re.match(r"(a|b)*", "abba")
print(m.group(1), m.span(1))

# errors
m = re.match(r"(?P<n>a)(b)", "ab")
for g in (3, -1, "nope", 1.5, None, 2**80, [1]):
    try:
        print(m.group(g))
    except Exception as e:
        print(type(e).__name__, e)
for f in (lambda: m.start(5), lambda: m["x"], lambda: m.span("n", 2), lambda: m.groups(1, 2)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(m.group(True), m.group(False))

# Match objects are not subscriptable-assignable or constructible
try:
    m[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    type(m)()
except TypeError as e:
    print("TypeError", e)
print(type(m).__name__, type(m).__module__, type(m))
print(re.Match, re.Pattern, re.Match[str], re.Pattern[bytes])
