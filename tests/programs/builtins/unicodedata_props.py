import unicodedata as u

print(u.unidata_version)
chars = "aZ5½Ⅻ٣ ​\t\u0301é€😀中ꙮ\U000e0001\ud800\uffff\u0378"
for c in chars:
    print(repr(c), u.category(c), repr(u.bidirectional(c)), u.combining(c), u.east_asian_width(c),
          u.mirrored(c), repr(u.decomposition(c)), u.name(c, None),
          u.decimal(c, None), u.digit(c, None), u.numeric(c, None))
for c in "()<>[]«»":
    print(c, u.mirrored(c), u.bidirectional(c))
print(u.lookup("LATIN SMALL LETTER E WITH ACUTE"), u.lookup("bullet"), u.lookup("EURO SIGN"))
print(u.name("\uac00"), u.name("\u4e00"), u.lookup("HANGUL SYLLABLE GAG"), u.lookup("CJK UNIFIED IDEOGRAPH-4E01"))
for bad in ["NOT A REAL NAME"]:
    try:
        u.lookup(bad)
    except KeyError as e:
        print("KeyError", e)
for f, a in [(u.name, "\u0378"), (u.decimal, "x"), (u.digit, "x"), (u.numeric, "x")]:
    try:
        f(a)
    except ValueError as e:
        print("ValueError", e)
for f, a in [(u.category, "ab"), (u.category, 5), (u.name, "")]:
    try:
        f(a)
    except TypeError as e:
        print("TypeError", e)
s = "Åﬁe\u0301ｶ①"
for form in ["NFC", "NFD", "NFKC", "NFKD"]:
    n = u.normalize(form, s)
    print(form, ascii(n), len(n), u.is_normalized(form, s), u.is_normalized(form, n))
print(u.normalize("NFC", "abc"), u.is_normalized("NFD", "abc"))
try:
    u.normalize("NFX", "a")
except ValueError as e:
    print("ValueError", e)
print(sum(1 for i in range(0x10000) if u.category(chr(i)) == "Lu"))
print(sum(u.combining(chr(i)) for i in range(0x300, 0x370)))
print(sum(1 for i in range(0x3000) if u.decomposition(chr(i))))
