# Building strings: += in loops (amortized), join of generators, repetition, big strings'
# find/count/replace/split, and checksums so the output stays short.
s = ""
for i in range(20000):
    s += str(i % 10)
print(len(s), s[:12], s[-5:], s.count("0"), s.find("98765"), s.rfind("0123"))
parts = [chr(97 + i % 26) * (i % 5) for i in range(1000)]
joined = "".join(parts)
print(len(joined), joined[:20], sum(map(ord, joined)) % 100003)
big = "abc" * 100000
print(len(big), big.count("ca"), big.find("cab", 1000), big.replace("b", "").count("ac"), len(big.split("c")), big[299997:])
lines = "\n".join("line %d: %s" % (i, "x" * (i % 7)) for i in range(5000))
print(len(lines), len(lines.splitlines()), lines.splitlines()[4321], lines.count("xxx"))
words = ("word%d" % (i % 100) for i in range(10000))
text = " ".join(words)
print(len(text), text.count("word99"), text[:30], text.upper()[-12:], text.title()[:12])
acc = []
for i in range(100):
    acc.append(f"{i:03d}|{i * i:>5}|{i ** 0.5:.3f}")
print(acc[0], acc[99], len("\n".join(acc)))
u = "é🐍" * 5000
print(len(u), len(u.encode()), u.count("🐍"), u.find("🐍é🐍", 100), u[9999], u.encode("utf-16-le")[:8])
t = "ab" * 50
t2 = t
t += "c"
print(t2 == "ab" * 50, t.endswith("bc"), len(t), id(t) == id(t2))
