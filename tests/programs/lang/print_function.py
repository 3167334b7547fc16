# print(): sep, end, file, flush, objects of all kinds, and argument errors.
import sys
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ", end=".\n")
print("no newline", end="")
print(" -- continued")
print(1, 2.5, None, True, [1, "x"], (1,), {"k": None}, {1}, b"by", sep=" | ")
print("multi\nline", "\ttab")
print(*range(5), sep="-")
print(*[], sep="never shown")
print("sep None uses a space", "here", sep=None, end=None)
print("to stdout explicitly", file=sys.stdout)
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print("")
print("", "")
print("unicode: caf\u00e9 \u2603 \U0001F40D")
for bad in [dict(sep=5), dict(end=[1]), dict(file="not a file")]:
    try:
        print("x", **bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = Writer()
print("captured", 42, file=w, sep="_", end="!")
print(w.parts)
print(file=None, end="file=None means stdout\n")
class NoWrite:
    pass
try:
    print("x", file=NoWrite())
except AttributeError as e:
    print(type(e).__name__, e)
