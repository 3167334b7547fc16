import signal, os, time

print(signal.SIGINT, repr(signal.SIGINT), signal.SIGTERM.name, signal.Signals(15))
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGUSR1))
print(signal.SIG_DFL, signal.SIG_IGN, repr(signal.SIG_IGN), signal.NSIG)
print(signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGALRM))
print(len(signal.valid_signals()), signal.SIGKILL in signal.valid_signals())

got = []
def handler(signum, frame):
    got.append((signum, type(frame).__name__))

old = signal.signal(signal.SIGUSR1, handler)
print(old, signal.getsignal(signal.SIGUSR1) is handler)
signal.raise_signal(signal.SIGUSR1)
print(got)
import _thread
signal.pthread_kill(_thread.get_ident(), signal.SIGUSR1)
for i in range(1000):
    pass
print(got)

def boom(signum, frame):
    raise RuntimeError("from handler %d" % signum)
signal.signal(signal.SIGUSR2, boom)
try:
    signal.raise_signal(signal.SIGUSR2)
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt")
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", e.args)

signal.signal(signal.SIGUSR1, signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR1)
print("ignored", signal.getsignal(signal.SIGUSR1))
print(signal.signal(signal.SIGUSR1, signal.SIG_DFL))

alarms = []
signal.signal(signal.SIGALRM, lambda s, f: alarms.append(s))
print(signal.alarm(0))
signal.setitimer(signal.ITIMER_REAL, 0.05)
time.sleep(0.3)
print(alarms)
print(signal.getitimer(signal.ITIMER_REAL))

for bad in [(0, signal.SIG_IGN), (signal.SIGKILL, signal.SIG_IGN), (signal.SIGINT, 5), (100, handler)]:
    try:
        signal.signal(*bad)
    except (ValueError, OSError, TypeError) as e:
        print(type(e).__name__, e)
try:
    signal.strsignal(0)
except ValueError as e:
    print("ValueError", e)
print(signal.pthread_sigmask(signal.SIG_BLOCK, []))
print(signal.Handlers.SIG_DFL, signal.Sigmasks.SIG_BLOCK)
