# Local tracing as bdb/pdb do it: f_trace set on the running frames and their callers
# before sys.settrace, so the running frame's next lines are traced; a 'call' returning None
# leaves a frame untraced; f_trace_lines = False drops 'line' events; f_trace_opcodes adds
# 'opcode' events; a tracer that raises is removed (gettrace() is None afterwards) and its
# exception propagates.
import sys
log = []
def local(frame, event, arg):
    log.append((event, frame.f_code.co_name, frame.f_lineno))
    return local
def glob(frame, event, arg):
    if frame.f_code.co_name == "skipped":
        return None
    log.append(("global " + event, frame.f_code.co_name, frame.f_lineno))
    return local
def skipped():
    a = 1
    return a
def traced():
    b = 2
    return b
def start():
    frame = sys._getframe()
    while frame is not None:
        frame.f_trace = local
        frame = frame.f_back
    sys.settrace(glob)
def main():
    start()
    x = 1
    skipped()
    traced()
    y = 2
    sys.settrace(None)
    return x + y
print(main())
for e in log:
    print(e)
print(sys.gettrace())
log.clear()
def quiet():
    fr = sys._getframe()
    print(fr.f_trace_lines, fr.f_trace_opcodes)
    fr.f_trace_lines = False
    s = 0
    s += 1
    fr.f_trace_lines = True
    fr.f_trace_opcodes = True
    s += 2
    fr.f_trace_opcodes = False
    return s
def tr2(frame, event, arg):
    if frame.f_code.co_name == "quiet":
        log.append((event, frame.f_lineno))
        return tr2
    return None
sys.settrace(tr2)
quiet()
sys.settrace(None)
print(log)
try:
    sys.settrace(1)
    print(sys.gettrace())
finally:
    sys.settrace(None)
def broken(frame, event, arg):
    if event == "line":
        raise RuntimeError("tracer failed on " + frame.f_code.co_name)
    return broken
def victim():
    a = 1
    return a
sys.settrace(broken)
try:
    victim()
except RuntimeError as e:
    print("RuntimeError", e)
print(sys.gettrace())
fr = sys._getframe()
try:
    fr.f_trace_lines = 1
except TypeError as e:
    print("TypeError", e)
