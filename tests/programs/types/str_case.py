# str case methods: upper/lower/casefold/capitalize/title/swapcase, with Unicode special cases.
words = ["hello world", "HELLO", "hElLo wOrLd", "", "123abc", "ß", "ǅungla", "ﬁne", "İstanbul", "ΣΑΣ", "ὈΔΥΣΣΕΎΣ",
         "they're bill's friends", "x1y2 z3", "ﬀ", "a_b-c d.e", "ŉ", "ΐ"]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.casefold()), repr(w.capitalize()),
          repr(w.title()), repr(w.swapcase()))
for w in words:
    print(repr(w), w.isupper(), w.islower(), w.istitle(), len(w.upper()), len(w.lower()))
print("ß".upper() == "SS", "straße".casefold() == "strasse", "ΣΑΣ".lower(), "ΑΣ Σ".lower(), "aΣb".lower())
print("hello".upper().lower(), "Hello".swapcase().swapcase(), "ABC".lower().title())
for m in (str.upper, str.lower, str.title):
    try:
        m(5)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    "abc".upper(1)
except TypeError as e:
    print(type(e).__name__, e)
print(str.upper("abc"), str.lower("ABC"), "mixed Case 123".swapcase())
