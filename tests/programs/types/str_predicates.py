# str is* predicates over ASCII, digits of other scripts, whitespace, identifiers, printables.
samples = ["", "abc", "ABC", "Abc Def", "abc123", "123", "1.5", "-1", "²", "½", "٣", "Ⅻ", "一", " ", "\t\n", "\x0b\x0c",
           "\x1c", "\u00a0", "\u200b", "a b", "_x", "x_1", "1x", "class", "ñ", "Σσ", "\x7f", "é", "e\u0301", "ǅ",
           "ﬁ", "\U0001d7d8", "abc\n", "\U0001F600", "ß"]
for s in samples:
    print(ascii(s), s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isspace(),
          s.isidentifier(), s.isprintable(), s.isascii(), s.islower(), s.isupper(), s.istitle())
print("isidentifier", [w for w in ("def", "None", "__init__", "a-b", "αβ", "9a", "_", "") if w.isidentifier()])
try:
    "a".isalpha(1)
except TypeError as e:
    print(type(e).__name__, e)
print(str.isdigit("42"), str.isspace(" \u2028 "), "".join(c for c in "a1b2c3" if c.isdigit()))
