# re.match / re.search / re.fullmatch, pos and endpos, the Match object's basic attributes
import re

p = re.compile(r"\d+")
for s in ["123abc", "abc123", "abc", "", "42"]:
    print(repr(s), p.match(s), p.search(s), p.fullmatch(s))

m = p.search("ab 1234 cd")
print(m.group(), m.start(), m.end(), m.span(), m.pos, m.endpos)
print(m.string, m.re, m.re is p, bool(m))
print(m)

# pos / endpos
s = "0123456789"
print(p.match(s, 3))
print(p.match(s, 3, 5))
print(p.search(s, 8))
print(p.search(s, 20))
print(p.search(s, -5, 2))
print(p.match(s, pos=4, endpos=6))
print(p.fullmatch(s, 2, 4))
print(p.match(s, 5, 2))
m = p.match(s, 2, 7)
print(m.pos, m.endpos, m.span())
m = p.match(s, -3, 100)
print(m.pos, m.endpos, m.span())

# module-level functions and their cache
print(re.match("a+", "aaab"))
print(re.search("b+", "aaabbbc"))
print(re.fullmatch("a|ab", "ab"))
print(re.fullmatch("a*?", "aaa"))
print(re.match("", "abc"))
print(re.search("$", "abc"))
print(re.search("x*", "abc"))

# repr truncation of long matches
m = re.match(".*", "x" * 100)
print(m)
m = re.match(".*", "é" * 60)
print(m)

# matching at every start in non-ASCII text
t = "héllo wörld ünïcode ☃ snow"
for w in re.finditer(r"\w+", t):
    print(w.span(), w.group())
print(re.search("☃", t).span())
print(re.search(r"w\w+", t, 10))

# argument errors
for f in (lambda: p.match(), lambda: p.match(123), lambda: p.match("a", "b"),
          lambda: p.search("a", 1, 2, 3), lambda: p.match(b"123"),
          lambda: re.compile(b"x").search("x"), lambda: p.match("a", foo=1)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
