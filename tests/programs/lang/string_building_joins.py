# Building strings in loops: +=, join, repetition, formatting in loops, reversed/sliced building, immutability.
s = ""
for i in range(5):
    s += str(i)
print(s, len(s))
parts = []
for word in ["alpha", "beta", "gamma"]:
    parts.append(word.upper())
print("-".join(parts), ", ".join(p.lower() for p in parts), "".join(reversed("abc")))
original = "text"
alias = original
alias += " appended"
print(original, "|", alias, original is alias)
table = "\n".join(f"{n:>3} {n * n:>4} {n ** 3:>5}" for n in range(1, 6))
print(table)
ruler = "".join(str(i % 10) for i in range(1, 31))
print(ruler)
print("=" * 10, "-" * 0 + "|", "ab" * 3)
acc = []
n = 1234567
while n:
    n, digit = divmod(n, 10)
    acc.append(str(digit))
print("".join(reversed(acc)), "".join(acc))
words = "the rain in spain stays mainly".split()
print(" ".join(w[::-1] for w in words), " ".join(sorted(words, key=len)))
print("".join(c for c in "a1b2c3" if c.isdigit()), "".join(map(chr, range(65, 71))))
csv = [["name", "qty"], ["apple", "3"], ["pear", "10"]]
print("\n".join(",".join(row) for row in csv))
widths = [max(len(r[i]) for r in csv) for i in range(2)]
for row in csv:
    print(" | ".join(cell.ljust(w) for cell, w in zip(row, widths)))
try:
    "".join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[0] = "x"
except TypeError as e:
    print(type(e).__name__, e)
b = b""
for i in range(3):
    b += bytes([65 + i])
print(b, b"-".join([b"x", b"y"]))
