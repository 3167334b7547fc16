# os: process calls (fork/waitpid/exec, pipes, dup, kill), wait-status helpers, fd flags,
# links and modes; no pids, times or paths printed.
import os, sys

r, w = os.pipe()
print(os.get_inheritable(r), os.get_inheritable(w), os.get_blocking(r))
os.set_blocking(r, False)
print(os.get_blocking(r))
try:
    os.read(r, 10)
except BlockingIOError as e:
    print("BlockingIOError", e.errno)
os.set_blocking(r, True)
os.write(w, b"hello pipe")
print(os.read(r, 5), os.read(r, 100))
d = os.dup(w)
print(d > 2, os.get_inheritable(d))
os.set_inheritable(d, True)
print(os.get_inheritable(d))
os.write(d, b"via dup")
os.close(d)
print(os.read(r, 100))
os.close(w)
print(os.read(r, 100))
os.close(r)

# fork + exit status
pid = os.fork()
if pid == 0:
    os._exit(7)
p, status = os.waitpid(pid, 0)
print(p == pid, os.WIFEXITED(status), os.WEXITSTATUS(status), os.waitstatus_to_exitcode(status))
print(os.WIFSIGNALED(status), os.WIFSTOPPED(status), os.WCOREDUMP(status))

# fork + kill
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.write(w, b"ready")
    import time
    time.sleep(10)
    os._exit(0)
os.close(w)
print(os.read(r, 5))
os.kill(pid, 9)
p, status = os.waitpid(pid, 0)
print(os.WIFSIGNALED(status), os.WTERMSIG(status), os.waitstatus_to_exitcode(status))
os.close(r)

# fork + exec with the child's output through a pipe
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.dup2(w, 1)
    os.close(r)
    os.execv("/bin/echo", ["echo", "from", "exec"])
os.close(w)
out = b""
while True:
    chunk = os.read(r, 100)
    if not chunk:
        break
    out += chunk
os.close(r)
print(out, os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))

pid = os.fork()
if pid == 0:
    os.execve("/bin/sh", ["sh", "-c", "exit $CODE"], {"CODE": "3"})
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
print(os.WNOHANG, os.WUNTRACED, os.EX_OK)
try:
    os.waitpid(-1, os.WNOHANG)
except ChildProcessError as e:
    print("ChildProcessError", e.errno)
try:
    os.execv("/bin/echo", [])
except ValueError as e:
    print(e)
try:
    os.execv("/bin/echo", "echo")
except TypeError as e:
    print(e)
try:
    os.waitstatus_to_exitcode(0x7f)
except ValueError as e:
    print(e)

# files: symlink, readlink, link, chmod, utime, truncate, rename
d = "/tmp/taipan_os_proc_%d" % os.getpid()
os.mkdir(d)
if True:
    f = os.path.join(d, "f.txt")
    with open(f, "w") as fh:
        fh.write("0123456789")
    os.symlink("f.txt", os.path.join(d, "ln"))
    print(os.readlink(os.path.join(d, "ln")), os.path.islink(os.path.join(d, "ln")))
    print(os.readlink(os.fsencode(os.path.join(d, "ln"))))
    os.link(f, os.path.join(d, "hard"))
    print(os.stat(f).st_nlink, sorted(os.listdir(d)))
    os.chmod(f, 0o600)
    print(oct(os.stat(f).st_mode & 0o777))
    os.chmod(f, 0o644)
    print(oct(os.stat(f).st_mode & 0o777))
    os.utime(f, (1000000000, 1200000000))
    st = os.stat(f)
    print(st[8], st[7], st.st_mtime == 1200000000)
    os.utime(f, ns=(5 * 10**9, 7 * 10**9 + 500))
    print(os.stat(f)[8])
    os.truncate(f, 4)
    print(os.path.getsize(f))
    try:
        os.symlink("f.txt", os.path.join(d, "ln"))
    except FileExistsError as e:
        print("FileExistsError", e.errno, e.strerror, os.path.basename(e.filename), os.path.basename(e.filename2))
    try:
        os.readlink(f)
    except OSError as e:
        print(type(e).__name__, e.errno)
    try:
        os.utime(f, (1, 2), ns=(1, 2))
    except ValueError as e:
        print(e)
    fd = os.open(f, os.O_RDWR)
    os.ftruncate(fd, 2)
    os.fsync(fd)
    os.close(fd)
    print(os.path.getsize(f))
    for name in sorted(os.listdir(d)):
        os.unlink(os.path.join(d, name))
    os.rmdir(d)
t = os.times()
print(type(t).__name__, len(t), all(isinstance(x, float) for x in t))
print(os.getpgrp() > 0, os.getegid() >= 0, isinstance(os.getgroups(), list))
print(os.system("exit 5") >> 8)
try:
    os.get_terminal_size(os.open("/dev/null", os.O_RDONLY))
except OSError as e:
    print(type(e).__name__, e.errno)
print(os.terminal_size((80, 24)))

# register_at_fork hooks run in order around fork
log = []
os.register_at_fork(before=lambda: log.append("before1"), after_in_parent=lambda: log.append("parent"))
os.register_at_fork(before=lambda: log.append("before2"), after_in_child=lambda: log.append("child"))
pid = os.fork()
if pid == 0:
    os._exit(len(log))
print(log, os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
for kw in ({}, {"before": 1}):
    try:
        os.register_at_fork(**kw)
    except TypeError as e:
        print(e)
