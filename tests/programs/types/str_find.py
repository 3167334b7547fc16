# str searching: find/rfind/index/rindex/count/startswith/endswith/in, with start/end and negatives.
s = "abracadabra"
for sub in ("a", "abra", "cad", "z", "", "ra", "abracadabra", "abracadabrax"):
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), sub in s, s.startswith(sub), s.endswith(sub))
for args in ((1,), (1, 5), (-4,), (-4, -1), (3, 2), (100,), (-100, 3), (0, 0), (11,), (12,)):
    print(args, s.find("a", *args), s.rfind("a", *args), s.count("a", *args), s.find("", *args), s.count("", *args))
print(s.startswith(("x", "ab")), s.endswith(("ra", "q")), s.startswith("ra", 9), s.endswith("cad", 0, 7), s.startswith("", 11), s.startswith("", 12))
print(s.index("c"), s.rindex("a"), s.index("a", 4), s.rindex("b", 0, 5), None or s.find("bra", -3))
for f, a in ((s.index, ("z",)), (s.rindex, ("z",)), (s.index, ("a", 20)), (s.find, (1,)), (s.count, (None,)),
             (s.startswith, (["a"],)), (s.endswith, (1,)), (s.find, ("a", "1"))):
    try:
        f(*a)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("aaaa".count("aa"), "aaaa".find("aa", 1), "aaaa".rfind("aa"), "".count(""), "".find(""), "abc".count("", 1, 2))
print("ünïcödé".find("cö"), "日本語テキスト".rfind("テ"), "日本語".count("本"), "🐍py🐍".index("py"), "x🐍" in "ax🐍b")
try:
    1 in "abc"
except TypeError as e:
    print(type(e).__name__, e)
print(s.find("a", None, None), s.rfind("a", None, 5), s.count("a", 2, None))
print("-".join(str(i) for i in range(len(s)) if s.startswith("a", i)))
