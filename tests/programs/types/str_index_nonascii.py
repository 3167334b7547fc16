# Indexing and slicing non-ASCII text at every position (the sparse index's strides).
s = "".join(chr(0x61 + i % 26) if i % 3 else chr(0x3b1 + i % 20) for i in range(300)) + "\U0001f40d" * 5
n = len(s)
print(n, s[0], s[1], s[-1], s[31], s[32], s[33], s[63], s[64], s[299], s[300])
print("".join(s[i] for i in range(0, n, 7)))
print(s[30:70], s[250:], s[-3:], s[::-37], s[299:302])
print(all(s[i] == c for i, c in enumerate(s)), [i for i in range(n) if s[i] != list(s)[i]])
print(s.index("\U0001f40d"), s.rfind("\U0001f40d"), s[s.index("\U0001f40d") - 1 :][:3])
t = "héllo wörld " * 100
print(len(t), t[1], t[601], t[-4], t[100:112], t.count("ö"), t[::97])
try:
    s[n]
except IndexError as e:
    print("IndexError", e)
