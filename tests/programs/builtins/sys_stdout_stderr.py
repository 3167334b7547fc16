# sys.stdout/sys.stderr writes: return values, flush, interleaving with print, replacing
# sys.stdout with a custom object (print follows it), restoring via sys.__stdout__.
import sys
n = sys.stdout.write("plain write\n")
print("wrote", n)
print(sys.stdout.write(""), sys.stdout.write("é🐍\n"))
sys.stdout.flush()
sys.stderr.write("to stderr 1\n")
print("after stderr write")
print("print to stderr", file=sys.stderr)
class Capture:
    def __init__(self):
        self.chunks = []
    def write(self, s):
        self.chunks.append(s)
        return len(s)
    def flush(self):
        pass
cap = Capture()
old = sys.stdout
sys.stdout = cap
print("captured", 1, 2)
print("second", end="!")
sys.stdout.write("direct")
sys.stdout = old
print(cap.chunks)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
sys.stdout = cap
sys.stdout = sys.__stdout__
print("restored via __stdout__")
try:
    sys.stdout.write(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sys.stdout.write(b"bytes")
except TypeError as e:
    print(type(e).__name__, e)
sys.stdout.flush()
sys.stdout.flush()
print(sys.stdout.buffer.write(b"raw bytes\n") if hasattr(sys.stdout, "buffer") else 10)
sys.stdout.flush()
lines = ["a\n", "b\n"]
sys.stdout.writelines(lines)
sys.stderr.write("to stderr 2\n")
sys.stderr.flush()
print("end")
