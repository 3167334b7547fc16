# generator objects: next/send/throw/close, return values in StopIteration, gi_* attributes,
# running/closed states, yield from delegation of send/throw, GeneratorExit handling.
def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            if x == "stop":
                return "stopped with %d" % len(received)
            received.append(x)
    finally:
        print("echo finally", received)
g = echo()
print(type(g).__name__, g.__name__, g.__qualname__, g.gi_running, g.gi_frame is not None, g.gi_code.co_name, g.gi_yieldfrom)
print(next(g), g.send("a"), g.send("b"), g.send(None))
try:
    g.send("stop")
except StopIteration as e:
    print(type(e).__name__, e, e.value, e.args)
print(g.gi_frame, next(g, "exhausted"))
g2 = echo()
try:
    g2.send("too early")
except TypeError as e:
    print(type(e).__name__, e)
print(g2.send(None))
g2.close()
g2.close()
try:
    next(g2)
except StopIteration as e:
    print("closed:", type(e).__name__, e.value)
def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught", e)
            yield "recovered"
c = catcher()
print(next(c), c.throw(ValueError("bad")), next(c), c.throw(ValueError, "again"))
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("propagated", type(e).__name__, e)
print(next(c, "done"))
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def ret():
    yield 1
    return [1, 2]
r = ret()
print(list(r), list(r))
def inner():
    x = yield "inner1"
    print("inner got", x)
    try:
        yield "inner2"
    except IndexError:
        print("inner caught IndexError")
    return "inner result"
def outer():
    res = yield from inner()
    print("outer got", res)
    yield "outer end"
o = outer()
print(next(o), o.send("sent"), o.gi_yieldfrom is not None, o.throw(IndexError), next(o, "fin"))
def self_next():
    yield next(me)
me = self_next()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
def stop_inside():
    yield 1
    raise StopIteration("inner stop")
try:
    list(stop_inside())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
gen = (x * x for x in range(3))
print(type(gen).__name__, gen.__name__, gen.__qualname__, list(gen), list(gen), iter(gen) is gen)
print(sum(x for x in range(10)), max((len(w) for w in ["a", "abc"]), default=0), next((x for x in [] if x), "none"))
def counter(n):
    i = 0
    while i < n:
        cmd = yield i
        i = 0 if cmd == "reset" else i + 1
k = counter(5)
print([next(k), next(k), k.send("reset"), next(k), next(k)], k.gi_frame.f_lineno > 0)
