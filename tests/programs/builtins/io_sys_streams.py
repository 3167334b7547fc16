# sys.stdin/stdout/stderr are io objects: their classes and attributes (not the buffering, which
# PYTHONUNBUFFERED changes), writing bytes through
# sys.stdout.buffer interleaved with text, print(flush=True), and writes to a replaced
# sys.stderr.
import io
import sys

print(type(sys.stdout).__name__, sys.stdout.name, sys.stdout.mode, sys.stdout.encoding)
print(type(sys.stdin).__name__, sys.stdin.name, sys.stdin.mode, sys.stdin.readable())
print(type(sys.stderr).__name__, sys.stderr.errors, sys.stdout.fileno(), sys.stderr.fileno())
print(sys.stdout.writable(), sys.stdin.writable(), isinstance(sys.stdout, io.TextIOBase))
print("text before bytes")
sys.stdout.flush()
sys.stdout.buffer.write(b"bytes line\n")
sys.stdout.buffer.flush()
print("flushed", flush=True)
err = io.StringIO()
sys.stderr = err
print("warning text", file=sys.stderr)
sys.stderr.write("more\n")
sys.stderr = sys.__stderr__
print(repr(err.getvalue()))
print(sys.stdin.read() == "", repr(sys.stdin.readline()))
