# sys.settrace: the events CPython 3.11 reports ('call', 'line', 'return', 'exception') for
# plain calls, loops (a backward jump to the same line), a caught exception, an exception
# leaving a frame, a generator (a 'call' at each resumption, 'return' with each yielded
# value), a lambda and a comprehension; the local tracer returned by the 'call' event.
import sys
events = []
def tracer(frame, event, arg):
    co = frame.f_code
    if co.co_filename != __file__:
        return None
    a = arg
    if event == "exception":
        a = (arg[0].__name__, str(arg[1]))
    elif event == "return" and not isinstance(arg, (int, str, type(None), list, tuple)):
        a = type(arg).__name__
    events.append((event, co.co_name, frame.f_lineno - co.co_firstlineno, a))
    return tracer
def add(a, b):
    c = a + b
    return c
def loop(n):
    total = 0
    for i in range(n): total += i
    while n > 0: n -= 1
    return total
def catch():
    try:
        {}["missing"]
    except KeyError as e:
        x = 1
    return "caught"
def inner_fail():
    raise ValueError("bad")
def outer():
    try:
        inner_fail()
    except ValueError:
        pass
    return "outer"
def gen(n):
    for i in range(n):
        yield i * 10
    return "done"
def use_gen():
    return list(gen(2))
def comp():
    return [y * 2 for y in range(2)]
def oneline(): return 1
f = lambda v: v + 1
sys.settrace(tracer)
add(1, 2)
loop(2)
catch()
outer()
use_gen()
comp()
oneline()
f(3)
sys.settrace(None)
print(sys.gettrace())
for e in events:
    print(e)
