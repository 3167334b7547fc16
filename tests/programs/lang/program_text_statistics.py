# Text statistics over an embedded passage: string methods, dict counting, sorting with keys, formatting.
TEXT = """\
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair."""

lines = TEXT.splitlines()
words = [w.strip(",.").lower() for w in TEXT.split()]
print("lines:", len(lines), "words:", len(words), "chars:", len(TEXT), "letters:", sum(c.isalpha() for c in TEXT))

freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for word, count in top[:6]:
    print(f"{word:<6}{count:>3} {'*' * count}")
print("hapax legomena:", sorted(w for w, c in freq.items() if c == 1))

lengths = {}
for w in set(words):
    lengths.setdefault(len(w), []).append(w)
for n in sorted(lengths):
    print(n, sorted(lengths[n]))

longest = max(words, key=len)
print("longest:", longest, "average length: %.3f" % (sum(map(len, words)) / len(words)))

letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print("".join(sorted(letters, key=lambda c: (-letters[c], c)))[:10])
print("vowel share: {:.1%}".format(sum(letters[v] for v in "aeiou" if v in letters) / sum(letters.values())))

bigrams = {}
for a, b in zip(words, words[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print([f"{a} {b}" for (a, b), c in sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:4]])

capitalized = [w.strip(",.") for w in TEXT.split() if w[0].isupper()]
print(capitalized)
print(TEXT.count("it was"), TEXT.lower().count("it was"), TEXT.find("age"), TEXT.rfind("age"))
print(" / ".join(line[:20].rstrip() for line in lines))
print(TEXT.title()[:40], "|", TEXT.swapcase()[:25])
width = 30
for line in lines[:2]:
    print(line[:width].center(width + 4, "~"))
