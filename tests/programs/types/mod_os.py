# os over the native posix module: os.path, getcwd, environ, makedirs/listdir/stat/walk/scandir,
# rename/remove/rmdir, and OSError subclasses with errno and filename.
import os
import sys

base = "/tmp/taipan_programs_mod_os"
print(os.name, os.sep, os.linesep == "\n", os.getcwd() == os.path.abspath("."))
print(os.path.join("a", "b", "c.txt"), os.path.splitext("x/y.tar.gz"), os.path.basename("/a/b"), os.path.dirname("/a/b"))
print(type(os.environ).__name__, isinstance(os.environ["PATH"], str), os.environ.get("TAIPAN_SURELY_UNSET"), "PATH" in os.environ)
os.environ["TAIPAN_X"] = "1"
print(os.getenv("TAIPAN_X"), os.environ.pop("TAIPAN_X"), os.getenv("TAIPAN_X", "gone"))
os.makedirs(base + "/sub", exist_ok=True)
with open(base + "/sub/f.txt", "w") as f:
    f.write("hi")
print(sorted(os.listdir(base)), os.path.exists(base + "/sub/f.txt"), os.path.isdir(base + "/sub"), os.path.isfile(base + "/sub"), os.path.getsize(base + "/sub/f.txt"))
st = os.stat(base + "/sub/f.txt")
print(st.st_size, st[6], type(st).__name__, oct(st.st_mode & 0o170000))
for root, dirs, files in os.walk(base):
    print(root, dirs, files)
with os.scandir(base + "/sub") as it:
    for e in it:
        print(e.name, e.path, e.is_file(), e.is_dir(), e.is_symlink(), e)
os.rename(base + "/sub/f.txt", base + "/sub/g.txt")
print(os.listdir(base + "/sub"))
os.remove(base + "/sub/g.txt")
os.rmdir(base + "/sub")
os.rmdir(base)
print(os.path.exists(base))
try:
    os.stat("/nonexistent_taipan/x")
except FileNotFoundError as e:
    print(e, e.errno, e.filename)
try:
    os.rmdir("/tmp/taipan_no_such_dir_q")
except OSError as e:
    print(type(e).__name__, e)
try:
    os.mkdir("/tmp")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror)
print(os.fspath("abc"), len(os.urandom(8)), os.strerror(2), os.getpid() > 0, os.cpu_count() > 0)
print(os.path.normpath("/a/./b/../c"), os.path.relpath("/a/b/c", "/a"), os.path.isabs("/x"))
fd = os.open(base + "_f", os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
print(os.write(fd, b"raw"), os.close(fd))
fd = os.open(base + "_f", os.O_RDONLY)
print(os.read(fd, 10), os.lseek(fd, 1, 0), os.read(fd, 10))
os.close(fd)
os.unlink(base + "_f")
