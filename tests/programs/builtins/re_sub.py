# sub/subn with literal, template (\1, \g<name>, \g<0>, escapes) and callable replacements; expand
import re

print(re.sub("a", "b", "banana"))
print(re.sub("a", "b", "banana", 2))
print(re.sub("a", "b", "banana", count=1))
print(re.subn("a", "b", "banana"))
print(re.subn("x", "y", "banana"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@example bob@site"))
print(re.sub(r"(?P<w>\w+)", r"<\g<w>>", "a bc"))
print(re.sub(r"(\w+)", r"[\g<0>|\g<1>]", "x yz"))
print(re.sub(r"a", r"\n\t\\", "cat"))
print(repr(re.sub(r"a", "\\n", "a")))
print(re.sub(r"(a)(b)?", r"[\2]", "ac ab"))
print(re.sub("", "-", "abc"))
print(re.sub("x*", "-", "abxd"))
print(re.sub(r"\b", "|", "hi there"))
print(re.sub("(?i)B", "x", "aBcb"))
print(re.sub("a", lambda m: m.group().upper() * 2, "banana"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"))
print(re.subn(r"\d", lambda m: "", "a1b2"))
print(re.sub("é", "e", "café crème"))
print(re.sub(r"(\w)(\w*)", lambda m: m[1].upper() + m[2], "hello wörld"))
print(re.sub(b"a", b"o", b"banana"))
print(re.sub(rb"(a)", rb"<\1>", b"banana"))
print(re.compile("o").sub("0", "foo boo", 3))

m = re.match(r"(?P<a>\w+) (\w+)", "hello world")
print(m.expand(r"\2 \1 \g<a>"))
print(m.expand("no refs"))

for args in ((r"(a)", r"\2", "a"), (r"(a)", r"\g<x>", "a"), (r"a", r"\g<1", "a"),
             (r"a", "\\", "a"), (r"a", r"\q", "a"), (r"(a)", r"\g<-1>", "a")):
    try:
        print(re.sub(*args))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
try:
    re.sub("a", lambda m: 1, "a")
except TypeError as e:
    print("TypeError", e)
try:
    re.sub("a", 1, "a")
except TypeError as e:
    print("TypeError", e)
try:
    re.sub("a", b"x", "a")
except TypeError as e:
    print("TypeError", e)
print(re.sub("a", lambda m: None if m.start() else "X", "aaa"))
