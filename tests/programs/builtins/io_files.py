# The object stack open() builds (TextIOWrapper -> BufferedWriter/Reader -> FileIO), their reprs,
# modes and names, buffering=0, line-by-line iteration, errors with errno and filename, and
# UnsupportedOperation on the wrong direction.
import io

path = "/tmp/taipan_programs_io_files.txt"
with open(path, "w", encoding="utf-8") as f:
    print(f)
    print(f.buffer)
    print(f.buffer.raw)
    print(f.buffer.raw.mode, f.buffer.raw.closefd, f.line_buffering, f.errors)
    f.write("alpha\nbeta\ngamma\n")
    print(f.writable(), f.readable())
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
print(f.closed, f.buffer.closed, f.buffer.raw.closed)
print(repr(f.buffer.raw))
with open(path, "rb") as f:
    print(f, f.name, f.mode, f.peek(1)[:1], f.read1(3))
    print(isinstance(f, io.BufferedReader), isinstance(f, io.BufferedIOBase))
    try:
        f.write(b"x")
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e)
with open(path, "rb", buffering=0) as f:
    print(f, f.read(6), f.readline(), f.readall())
with open(path, encoding="utf-8") as f:
    for n, line in enumerate(f):
        print(n, repr(line))
    print(repr(f.readline()))
with open(path, "a", encoding="utf-8") as f:
    print(f.tell(), f.write("delta"))
with open(path, "r+", encoding="utf-8") as f:
    print(repr(f.read()))
    f.write("!")
    f.seek(0)
    print(f.read().split())
for mode in ("r", "rb", "w"):
    try:
        open("/tmp/taipan_no_such_dir/x", mode)
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename)
try:
    open("/tmp", "r")
except IsADirectoryError as e:
    print(type(e).__name__, e)
try:
    open(3.5)
except TypeError as e:
    print(type(e).__name__, e)
f = open(path, "rb")
f.close()
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)
raw = io.FileIO(path)
print(raw.read(5), raw.tell(), raw.seekable(), raw.name == path)
raw.close()
try:
    raw.read()
except ValueError as e:
    print(type(e).__name__, e)
print(io.DEFAULT_BUFFER_SIZE, io.TextIOWrapper.__mro__)
with open(path, "w") as f:
    pass
