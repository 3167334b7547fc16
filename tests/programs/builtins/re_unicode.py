# Non-ASCII subjects: positions are code points; \w \d \s classes, case folding, surrogates
import re

s = "αβγ δεζ 123 ٤٥٦ 𝟘𝟙 ǅ"
print(re.findall(r"\w+", s))
print(re.findall(r"\d+", s))
print([m.span() for m in re.finditer(r"\S+", s)])
print(re.sub(r"(\w)(\w)", r"\2\1", s))
print(re.split(r"\s", s))
print(re.search("δ", s).start(), re.search("𝟙", s).span())
print(re.findall(".", "a😀b"), re.match("..", "😀😁").span())
print(re.findall(r"[α-γ]", "αβγδ"), re.findall(r"[^α]", "αβ"))
print(re.findall(r"\s", "a\u2028b\u3000c\x1cd\x85e"))
print(re.findall(r"(?i)ǆ", "Ǆǅǆ"))
print(re.findall(r"(?i)[ǆ]", "Ǆǅǆ"))
print(re.findall(r"(?i)ω", "ΩωΩ"))
print(re.findall(r"(?i)Ω", "\u2126ω"))
print(re.findall(r"(?i)[k-l]", "K\u212aL"))
print(re.sub(r"\b", "|", "été là"))
u = "a\udc80b"
print(ascii(re.findall(".", u)), re.search("\udc80", u).span())
print(re.match(r"(?u)\w", "é"), re.match(r"\W", "é"))
t = "x" * 40 + "é" * 40 + "y" * 40
for m in re.finditer(r"é+|y+|x+", t):
    print(m.span(), len(m.group()))
Y, E = re.compile("y"), re.compile("é")
print(Y.search(t, 81), E.search(t, 79).span(), E.match(t, 79).span(), E.match(t, 80))
print(re.compile("é").search(t, 41, 45).span(), re.compile("é").findall(t, 70, 90))
print(re.search(r"(?<=é)y", t).span(), re.search(r"é(?=y)", t).span(), re.search(r"x\b", t))
print(re.compile("é+").fullmatch(t, 40, 80).span(), re.compile("é+").fullmatch(t, 40, 81))
