# Flags: IGNORECASE (with Unicode), MULTILINE, DOTALL, VERBOSE, ASCII, LOCALE; inline flags
import re

print(re.match("straße", "STRASSE", re.I))
print(re.match("ß", "ẞ", re.I))
print(re.findall("k", "Kk\u212a", re.I))
print(re.findall("(?i)[a-c]", "ABCabcxyz"))
print(re.findall("(?i)é", "ÉéE"))
print(re.findall("(?i)σ", "Σσς"))
print(re.findall(r"(?i)\u0130", "İi"))
print(re.findall("(?ia)k", "Kk\u212a"))
print(re.search("I", "ı", re.I))
print(re.match(r"(?i)(a)\1", "aA"))
print(re.findall(r"(?i)[^a]", "aAbB"))

text = "one\ntwo\nthree"
print(re.findall("^t\\w+", text))
print(re.findall("^t\\w+", text, re.M))
print(re.findall("\\w+$", text, re.M))
print(re.findall("\\w+$", text))
print(re.search("o.t", "o\nt"), re.search("o.t", "o\nt", re.S))
print(re.findall(r"\A\w+|\w+\Z", text, re.M))
print(re.search("$", "a\n").span(), re.search(r"\Z", "a\n").span())

v = re.compile(r"""
    (\d+)   # digits
    \s*     # space
    ([a-z]+)  # letters
""", re.VERBOSE)
print(v.findall("12 ab 3cd"))
print(re.findall(r"(?x) a b # comment", "ab a b"))

print(re.findall(r"\w+", "héllo wörld", re.A))
print(re.findall(r"\d", "1٣2", re.A), re.findall(r"\d", "1٣2"))
print(re.findall(r"\s", "a\u00a0b c", re.A), re.findall(r"\s", "a\u00a0b c"))
print(re.findall(rb"\w+", b"caf\xe9 x"))
print(re.findall(r"(?a:\w+)\w", "éa"))
print(re.match(r"(?i:A)a", "aa"), re.match(r"(?i:A)a", "aA"))

for pat, fl in (("a", re.L), ("(?L)a", 0), ("a", re.A | re.U), ("(?au)a", 0), (b"a", re.U)):
    try:
        re.compile(pat, fl)
    except (ValueError, re.error) as e:
        print(type(e).__name__, e)
print(re.compile(b"a", re.L))
print(re.compile("x", re.I | re.M | re.S | re.X))
print(re.compile("x", re.A), re.compile("x", re.U), re.compile(b"x"))
print(re.compile("(?i)x"), re.compile("x").flags, re.compile(b"x").flags, re.compile("(?s)x").flags)
print(re.compile("x", 1 << 12))
print(re.I, re.M | re.S, repr(re.X), re.RegexFlag(0), int(re.IGNORECASE))
