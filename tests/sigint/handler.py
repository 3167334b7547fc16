# A Python-level SIGINT handler runs while input() waits, and the read goes on after it.
import signal


def handler(signum, frame):
    print("handler ran", signum, flush=True)
    raise SystemExit(3)


signal.signal(signal.SIGINT, handler)
print("ready", flush=True)
input()
