# A coverage-style line collector: a global tracer that records (function, line) of every
# 'line' event in this file, then the executed line numbers per function; a nested
# interpreter loop (a function called by a built-in: map, sorted with a key) is traced too.
import sys
hits = {}
def collect(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    if event == "line":
        hits.setdefault(frame.f_code.co_name, set()).add(frame.f_lineno)
    return collect
def classify(n):
    if n % 2 == 0:
        kind = "even"
    else:
        kind = "odd"
    if n > 100:
        kind = "big " + kind
    return kind
def key(v):
    return -v
def run():
    out = list(map(classify, [1, 2, 3]))
    out.append(sorted([1, 3, 2], key=key))
    return out
sys.settrace(collect)
result = run()
sys.settrace(None)
print(result)
for name in sorted(hits):
    print(name, sorted(hits[name]))
