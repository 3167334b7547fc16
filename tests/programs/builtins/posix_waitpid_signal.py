# PEP 475: a signal handler runs while os.waitpid is blocked (EINTR); an exception it raises
# comes out of waitpid, and without one the call is retried.
import os
import signal
import time

hits = []


def record(signum, frame):
    hits.append(signum)


def stop(signum, frame):
    raise RuntimeError("alarm while waiting")


pid = os.fork()
if pid == 0:
    time.sleep(0.3)
    os._exit(7)

signal.signal(signal.SIGALRM, record)
signal.setitimer(signal.ITIMER_REAL, 0.05)
wpid, status = os.waitpid(pid, 0)
print(wpid == pid, os.waitstatus_to_exitcode(status), hits == [signal.SIGALRM])

pid = os.fork()
if pid == 0:
    time.sleep(5)
    os._exit(0)
signal.signal(signal.SIGALRM, stop)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    os.waitpid(pid, 0)
except RuntimeError as e:
    print(type(e).__name__, e)
os.kill(pid, signal.SIGKILL)
wpid, status = os.waitpid(pid, 0)
print(wpid == pid, os.waitstatus_to_exitcode(status))
