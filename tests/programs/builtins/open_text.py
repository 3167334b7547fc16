# open() in text mode on a file under /tmp named by this program: write/read back, newline
# translation, readline/readlines/iteration, seek/tell, append, 'x' mode on an existing file,
# closed-file and wrong-mode errors, context manager. (No os: the file is left truncated at the end.)
path = "/tmp/taipan_programs_builtins_open_text.txt"
f = open(path, "w", encoding="utf-8")
print(type(f).__name__, f.name, f.mode, f.encoding, f.closed, f.readable(), f.writable(), f.seekable())
print(f.write("first line\n"), f.write("second é🐍\n"), f.write("third"), f.tell())
f.close()
print(f.closed)
with open(path, encoding="utf-8") as f:
    print(repr(f.read()))
with open(path, "r", encoding="utf-8") as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(path, encoding="utf-8") as f:
    print(f.readlines())
with open(path, encoding="utf-8") as f:
    print([line.rstrip("\n") for line in f])
with open(path, encoding="utf-8") as f:
    print(repr(f.read(5)), f.tell(), repr(f.read(6)), f.seek(0), repr(f.read(3)), repr(f.readline()), repr(f.read()), repr(f.read()))
with open(path, "a", encoding="utf-8") as f:
    print(f.mode, f.write("\nappended"))
with open(path, encoding="utf-8") as f:
    print(f.read().splitlines())
with open(path, "w", encoding="utf-8", newline="") as f:
    f.write("crlf\r\nlf\ncr\rend")
with open(path, encoding="utf-8") as f:
    print(repr(f.read()))
with open(path, encoding="utf-8", newline="") as f:
    print(f.readlines())
with open(path, "rb") as f:
    print(f.read())
with open(path, "w", encoding="latin-1") as f:
    f.write("café")
with open(path, "rb") as f:
    print(f.read())
try:
    with open(path, encoding="ascii") as f:
        f.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
with open(path, encoding="ascii", errors="replace") as f:
    print(repr(f.read()))
try:
    open(path, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.filename == path)
try:
    open("/tmp/taipan_no_such_dir/file.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e)
f = open(path, "w", encoding="utf-8")
try:
    f.read()
except Exception as e:
    print(type(e).__name__, e)
f.close()
for op in (lambda: f.write("x"), lambda: f.read(), lambda: f.readline(), lambda: iter(f)):
    try:
        op()
    except ValueError as e:
        print(type(e).__name__, e)
for args in ((path, "rw"), (path, "q"), (path, "rt", -1, "utf-8", None, None, True, None, 5)):
    try:
        open(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    open(path, "rb", encoding="utf-8")
except ValueError as e:
    print(type(e).__name__, e)
with open(path, "w", encoding="utf-8") as f:
    print(f.write(""), f.tell())
with open(path, encoding="utf-8") as f:
    print(repr(f.read()), repr(f.readline()), f.readlines())
