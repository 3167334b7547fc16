# Pattern objects: repr, attributes, equality and hash, copy, weakrefs, escape, purge, the cache
import copy
import re
import weakref

p = re.compile(r"(?P<word>\w+)\s(\d)")
print(p, p.pattern, p.flags, p.groups, p.groupindex)
print(dict(p.groupindex), p.groupindex["word"])
try:
    p.groupindex["x"] = 1
except TypeError as e:
    print("TypeError", e)
print(repr(re.compile("a'b\"c")), repr(re.compile("\n\té")))
print(re.compile("x" * 300))
print(re.compile("x" * 300, re.I))

a, b, c = re.compile("ab"), re.compile("ab"), re.compile("ab", re.I)
print(a == b, a != b, a == c, hash(a) == hash(b), a == "ab", re.compile(b"ab") == a)
print(copy.copy(a) is a, copy.deepcopy(a) is a)
m = a.match("ab")
print(copy.copy(m) is m, copy.deepcopy(m) is m)
r = weakref.ref(a)
print(r() is a)
print(re.compile(p) is p)
try:
    re.compile(p, re.I)
except ValueError as e:
    print("ValueError", e)

print(re.escape("a-b.c"), re.escape("!#$%&'*+,-./:;<=>?@[]^_`{|}~ "))
print(hasattr(re, "template"), hasattr(re, "TEMPLATE"), re.T)
re.purge()
print(re.compile("q") == re.compile("q"))
for attr in ("pattern", "flags", "groups"):
    try:
        setattr(p, attr, 1)
    except AttributeError as e:
        print("AttributeError", e)
try:
    re.Pattern()
except TypeError as e:
    print("TypeError", e)
print(re.compile("").match("") is not None, re.compile("").groups)
print(sorted(n for n in dir(p) if not n.startswith("__")))
print(sorted(n for n in dir(m) if not n.startswith("__")))
