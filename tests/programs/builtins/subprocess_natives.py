# select.select/poll, fcntl and _posixsubprocess.fork_exec used directly (what subprocess builds on).
import os, select, fcntl, _posixsubprocess
r, w = os.pipe()
print(select.select([r], [w], [], 0))
os.write(w, b"x")
print(select.select([r], [], [], 0.01))
p = select.poll()
p.register(r, select.POLLIN)
p.register(w, select.POLLOUT)
print(sorted(p.poll(0)))
p.modify(w, select.POLLIN)
print(sorted(p.poll(10)))
p.unregister(w)
print(p.poll())
for f in [lambda: select.select([], [], [], -1), lambda: select.select(1, [], []), lambda: select.select([-1], [], [], 0), lambda: select.select(['x'], [], [], 0), lambda: p.unregister(99), lambda: p.modify(99, 1), lambda: select.select([], [], [], 'x'), lambda: p.poll('x')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
fl = fcntl.fcntl(r, fcntl.F_GETFL)
print(fl & os.O_NONBLOCK)
fcntl.fcntl(r, fcntl.F_SETFL, fl | os.O_NONBLOCK)
print(os.get_blocking(r), fcntl.fcntl(r, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
print(fcntl.fcntl(w, fcntl.F_GETPIPE_SZ) > 0)
print(select.error is OSError, select.POLLIN, select.POLLOUT, select.POLLHUP, select.PIPE_BUF)
er, ew = os.pipe()
out_r, out_w = os.pipe()
pid = _posixsubprocess.fork_exec([b"echo", b"hi"], [b"/nonexistent/echo", b"/bin/echo"], True, (ew,), None, None,
    -1, -1, -1, out_w, -1, -1, er, ew, True, False, -1, None, None, None, -1, None, True)
os.close(ew); os.close(out_w)
print(os.read(er, 100), os.read(out_r, 100), os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
er, ew = os.pipe()
pid = _posixsubprocess.fork_exec([b"x"], [b"/nonexistent"], True, (ew,), None, None,
    -1, -1, -1, -1, -1, -1, er, ew, True, False, -1, None, None, None, -1, None, True)
os.close(ew)
print(os.read(er, 100), os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
er, ew = os.pipe()
pid = _posixsubprocess.fork_exec([b"x"], [b"/bin/true"], True, (ew,), b"/nonexistent_dir", None,
    -1, -1, -1, -1, -1, -1, er, ew, True, False, -1, None, None, None, -1, None, True)
os.close(ew)
print(os.read(er, 100), os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
