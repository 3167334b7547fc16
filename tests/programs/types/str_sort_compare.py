# Ordering of strings: code point comparison (not locale), case and accent effects, sort keys
# (casefold, len, reversed), min/max, and comparison of str subclasses and mixed lengths.
words = ["banana", "Banana", "apple", "Äpfel", "zebra", "éclair", "eclair", "Zebra", "apple pie", "apple", "", "a", "ß", "ss", "İ", "i"]
print(sorted(words))
print(sorted(words, key=str.casefold))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, reverse=True)[:5], min(words), max(words))
print(sorted(set(w.lower() for w in words))[:6])
pairs = [("a", "b"), ("a", "A"), ("é", "f"), ("Z", "a"), ("abc", "ab"), ("", " "), ("🐍", "\uffff"), ("\x00", ""), ("10", "9"), ("a\x00", "a")]
for x, y in pairs:
    print(repr(x), repr(y), x < y, x > y, x == y, x <= y)
class S(str):
    pass
print(S("b") > "a", "a" < S("b"), sorted([S("b"), "a", S("c")]), max(S("x"), "y"))
nums = ["10", "9", "100", "1", "-5"]
print(sorted(nums), sorted(nums, key=int), sorted(nums, key=len))
print(sorted("The quick brown fox".split(), key=str.lower), sorted("hello world"), "".join(sorted("dcba")))
print([ord(c) for c in sorted("aAbB_1 ")], sorted(["a", "b", "c"], key=lambda s: -ord(s)))
