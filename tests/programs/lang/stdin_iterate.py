# Iterating over sys.stdin line by line and word-counting (stdin from stdin_iterate.in).
import sys

counts = {}
lines = 0
for line in sys.stdin:
    lines += 1
    for word in line.lower().split():
        word = word.strip(".,;:!?\"'")
        if word:
            counts[word] = counts.get(word, 0) + 1
print("lines:", lines)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for word, n in top:
    print(f"{word:>8} {n}")
print("distinct words:", len(counts))
