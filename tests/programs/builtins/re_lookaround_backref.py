# Lookahead/lookbehind, backreferences, conditionals, atomic groups, possessive quantifiers
import re

print(re.findall(r"\w+(?=,)", "a, bb, ccc"))
print(re.findall(r"\w+(?!,)\b", "a, bb, ccc"))
print(re.findall(r"(?<=\$)\d+", "$10 20 $30"))
print(re.findall(r"(?<!\$)\b\d+", "$10 20 $30"))
print(re.search(r"(?<=é)x", "éx").span())
try:
    re.compile(r"(?<=a+)b")
except re.error as e:
    print("error", e)

print(re.search(r"(\w+) \1", "hello hello world"))
print(re.search(r"(?P<w>\w)(?P=w)", "abccd"))
print(re.findall(r"(\w)\1", "aabbcd"))
print(re.search(r"(?i)(ab)\1", "abAB"))
print(re.match(r"(a)?(?(1)b|c)", "ab"), re.match(r"(a)?(?(1)b|c)", "c"))
print(re.match(r"(?P<q>['\"])?\w+(?(q)(?P=q))", "'abc'"))

print(re.match(r"(?>a+)b", "aaab"))
print(re.match(r"(?>a+)a", "aaaa"))
print(re.match(r"a++a", "aaa"), re.match(r"a++", "aaa"))
print(re.match(r"a*+b", "aab"), re.match(r"a?+a", "a"))
print(re.match(r"(?:ab)++", "ababx"), re.match(r"a{1,3}+a", "aaaa"))
print(re.match(r"a{2}", "aaa"), re.match(r"a{2,}?", "aaa"), re.match(r"a{,2}", "aaa"))
print(re.match(r"(a|ab)(c|bcd)(d*)", "abcd").groups())
print(re.match(r"(?:a|b)*?c", "ababc"))
print(re.findall(r"<.*?>", "<a><b>"), re.findall(r"<.*>", "<a><b>"))
print(re.match(r"(?s).{3}", "a\nbc"))
print(re.match(r"[\d\-a-c]+", "1-ab9d"), re.match(r"[^\W\d]+", "ab1"))
print(re.match(r"[]a]+", "]a]b"), re.match(r"[\]]", "]"))
print(re.match(r"\x41\u00e9\U0001F600\061\0", "Aé😀1\0"))
print(re.match(r"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11", "abcdefghijkk"))
print(re.match(r"(?#comment)a", "a"))
print(re.fullmatch(r"(?:a|b|c|d|e)+", "abcde" * 200).end())
print(re.match(r"(x)*y", "x" * 5000 + "y").end())
