# print(): sep/end (None means default), multiple args, no args, file=sys.stdout/sys.stderr and a
# custom writer, flush=True, str() of arguments, and errors for bad sep/end/file.
import sys
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep="--", end="!\n")
print("no newline", end="")
print(" <- continued")
print("x", "y", sep=None, end=None)
print(1, 2.5, None, True, [1, "s"], {"k": (1,)}, b"b", sep=" | ")
print(*range(5))
print(*"abc", sep=",")
print("multi\nline", "tab\tx")
print("", "", sep="X")
print(sep="ignored without args", end="[end]\n")
print("to stderr", file=sys.stderr)
print("explicit stdout", file=sys.stdout, flush=True)
print("err", "two", sep="+", end="\n", file=sys.stderr)
class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
w = Writer()
print("to", "writer", sep="_", end="$", file=w)
print(file=w)
print(w.parts)
class FlushWriter(Writer):
    def flush(self):
        self.parts.append("<flush>")
fw = FlushWriter()
print("f", file=fw, flush=True)
print(fw.parts)
print("None file", file=None)
class S:
    def __str__(self):
        return "custom __str__"
print(S(), [S()][0], str(S()))
for kw in ({"sep": 5}, {"end": 5}, {"file": 5}, {"file": object()}, {"bogus": 1}):
    try:
        print("x", **kw)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        raise ValueError("no str")
try:
    print("before", BadStr())
except ValueError as e:
    print(type(e).__name__, e)
sys.stdout.write("written directly\n")
n = sys.stdout.write("count me\n")
print(n)
sys.stderr.write("stderr direct\n")
print("é🐍", "日本")
# A str subclass is printed by its __str__ (items, sep and end), to stdout and to a file.
class Shout(str):
    def __str__(self):
        return self.upper()
print(Shout("a"), Shout("b"), sep=Shout("-x-"), end=Shout("!\n"))
class Sink:
    def write(self, s):
        sys.stdout.write("[" + s + "]")
print(Shout("a"), Shout("b"), sep=Shout("-x-"), end=Shout("!\n"), file=Sink())
sys.stdout.write("\n")
