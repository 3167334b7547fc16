import io, os, sys

# A TextIOWrapper's errors decide what a lone surrogate becomes (never U+FFFD silently).
for errors in ["strict", "surrogateescape", "surrogatepass", "replace", "backslashreplace", "ignore"]:
    b = io.BytesIO()
    w = io.TextIOWrapper(b, "utf-8", errors=errors)
    try:
        w.write("a\udc80b\ud800")
        w.flush()
        print(errors, b.getvalue())
    except UnicodeEncodeError as e:
        print(errors, type(e).__name__, e)

# print() writes each piece separately: the error's position is within the piece.
b = io.BytesIO()
w = io.TextIOWrapper(b, "utf-8")
try:
    print("abc", "x\udc80", file=w)
except UnicodeEncodeError as e:
    print("print:", e.start, e.end, e)
w.flush()
print("written before the error:", b.getvalue())
b = io.BytesIO()
w = io.TextIOWrapper(b, "utf-8", errors="surrogateescape")
print("a", "\udcff", sep="\udc80", end="\udc81\n", file=w)
w.flush()
print(b.getvalue())

# open(): strict by default.
path = "print_surrogates.tmp"
try:
    with open(path, "w", encoding="utf-8") as f:
        f.write("ok\udc80")
except UnicodeEncodeError as e:
    print("open:", e)
with open(path, "w", encoding="utf-8", errors="surrogateescape") as f:
    f.write("ok\udc80\n")
with open(path, "rb") as f:
    print(f.read())
os.remove(path)

# sys.stdout: strict after reconfigure.
sys.stdout.reconfigure(errors="strict")
print(sys.stdout.errors)
try:
    print("x\udc80y")
except UnicodeEncodeError as e:
    print("stdout:", e)
try:
    sys.stdout.write("\ud800")
except UnicodeEncodeError as e:
    print("stdout.write:", e)
sys.stdout.reconfigure(errors="surrogateescape")
sys.stdout.flush()
print("esc:\udcc3\udca9")
