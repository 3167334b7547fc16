# re.error: messages, pos, lineno, colno, pattern; bad patterns and flags
import re

bad = ["(", ")", "[a", "a**", "*a", "a{2,1}", "(?P<1>a)", "(?P<a>a)(?P<a>b)", r"\1",
       "(?P=x)", "(?<=a*)", "x\\", r"\p", "(?z)", "(?i", "a|*", r"[b-a]", r"(?P<n", "\\8",
       "(?(1)a|b|c)", "(?", "[\\d-z]", "a{1,2", "(?<", "(?x", "(?-i:a)(?i)",
       r"\u12", r"\x1", "\\g", "(?P)", "(?P<>x)", "(?i-i:a)", "(?L:a)", "(?u:a)"]
for pat in bad:
    try:
        re.compile(pat)
        print(repr(pat), "ok")
    except re.error as e:
        print(repr(pat), "|", e, "|", e.msg, e.pos, e.lineno, e.colno, e.pattern == pat)

try:
    re.compile("abc\n(def\nghi")
except re.error as e:
    print(e)
    print(e.msg, e.pos, e.lineno, e.colno)
try:
    re.compile(b"a)")
except re.error as e:
    print(e, e.pattern)
print(re.error.__module__, re.error.__name__, issubclass(re.error, Exception))
e = re.error("custom")
print(e, e.msg, e.pos, e.lineno, e.colno, e.pattern)
e = re.error("m", "ab\ncd", 4)
print(e, e.lineno, e.colno)
try:
    re.compile("a" * 10 + "(")
except re.error as e:
    print(type(e).__name__, e)
try:
    re.compile("(?P<a-b>x)")
except re.error as e:
    print(e)
try:
    re.purge(); re.compile("a", 0, 1)
except TypeError as e:
    print("TypeError", e)
