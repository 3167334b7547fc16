# split (maxsplit, captured separators, empty matches), findall (0/1/n groups), finditer, scanner
import re

print(re.split(r",\s*", "a, b,c,  d"))
print(re.split(r"(,)\s*", "a, b,c"))
print(re.split(r",", "a,b,c,d", 2))
print(re.split(r",", "a,b,c,d", maxsplit=-1))
print(re.split(r"x*", "axbc"))
print(re.split(r"\b", "a bc d"))
print(re.split(r"(a)|(b)", "1a2b3"))
print(re.split(r"", "abc"))
print(re.split(r"\s+", "  lead and trail  "))
print(re.split("x", ""))
print(re.split(b"-", b"a-b--c"))

print(re.findall(r"\d+", "a1 b22 c333"))
print(re.findall(r"(\w)(\d)", "a1 b2 cc"))
print(re.findall(r"(\w)\d", "a1 b2"))
print(re.findall(r"(a)|b", "ab"))
print(re.findall(r"", "abc"))
print(re.findall(r"a*", "baaac"))
print(re.findall(r"\w+", "héllo wörld"))
p = re.compile(r"\d")
print(p.findall("0123456789", 3, 6))

for m in re.finditer(r"(\w)(\d)?", "a1b c2"):
    print(m.span(), m.groups())
it = re.finditer("a", "aa")
print(type(it).__name__, next(it).span(), next(it).span(), next(it, "done"))
print([m.span() for m in re.finditer("", "ab")])
print([m.span() for m in re.finditer(r"\b|x", "a x")])
print([m.span() for m in p.finditer("0123456789", 2, 5)])

s = re.compile(r"\d+").scanner("12 34 x 56")
print(type(s).__name__, s.pattern)
print(s.match(), s.search(), s.match(), s.search(), s.search(), s.search())
s = re.compile(r"a*").scanner("baa")
print([(m.span() if m else m) for m in (s.search(), s.search(), s.search(), s.search())])
