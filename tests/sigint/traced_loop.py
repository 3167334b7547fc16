# A busy loop under sys.settrace: the traced eval loop still sees Ctrl-C.
import sys


def tracer(frame, event, arg):
    return tracer


sys.settrace(tracer)
print("ready", flush=True)
while True:
    pass
