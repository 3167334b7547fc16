# str replace (count, empty pattern), translate/maketrans, expandtabs and chained edits.
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", 0), s.replace("one", "1", -1), s.replace("x", "y"))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "".replace("a", "b"), "aaa".replace("a", ""), "aaaa".replace("aa", "b"))
print("🐍a🐍".replace("🐍", "py"), "日本日本".replace("本", "x", 1), "a\nb".replace("\n", "\\n"), "abc".replace("abc", "abcabc"))
print(s.replace(count=1, old="two", new="2") if False else s.replace("two", "2", 1))
t = str.maketrans("abc", "xyz")
print(sorted(t.items()), "aabbcc".translate(t), "abcd".translate(t))
t2 = str.maketrans("ab", "xy", "c")
print(sorted(t2.items()), "abcabc".translate(t2))
t3 = str.maketrans({"a": "AA", "b": None, 99: "C", "d": 101})
print(sorted(t3.items()), "abcd".translate(t3))
print("hello".translate({104: "J", 108: None}), "abc".translate({}), "abc".translate([None, None]), "ab".translate({97: 98}))
class Table:
    def __getitem__(self, k):
        if k == 97:
            raise LookupError
        return k + 1
print("abc".translate(Table()))
for f, a in ((str.maketrans, ("ab", "c")), (str.maketrans, ({"ab": 1},)), (str.maketrans, (1,)), (str.maketrans, ("a",)),
             ("abc".translate, ({97: 1.5},)), ("abc".translate, ({97: 0x110000},)), ("a".replace, ("a",)), ("a".replace, (1, "b"))):
    try:
        print(f(*a))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
words = "the quick brown fox"
print(words.replace(" ", "_").upper().replace("_", "-", 2).lower())
