# Generator state over its life (created/suspended/running/closed via gi_frame, gi_running,
# gi_suspended), locals visible through gi_frame.f_locals, generator returning early, and
# generators holding resources released by close().
def states(g):
    if g.gi_running:
        return "running"
    if g.gi_frame is None:
        return "closed"
    if g.gi_suspended:
        return "suspended"
    return "created"
def gen(n):
    total = 0
    for i in range(n):
        total += i
        print("  inside:", states(me))
        yield total
    return total
me = gen(3)
print(states(me), me.gi_frame.f_lasti if False else "", me.gi_suspended)
for v in me:
    print(v, states(me), sorted(me.gi_frame.f_locals.items()))
print(states(me), me.gi_frame)
g = gen(5)
next(g)
g.close()
print(states(g), list(g))
def early(items):
    for x in items:
        if x < 0:
            return "negative found"
        yield x
e = early([1, 2, -1, 3])
print(list(e))
e = early([1, -1])
next(e)
try:
    next(e)
except StopIteration as s:
    print("return value:", s.value)
log = []
def resource():
    log.append("open")
    try:
        while True:
            yield len(log)
    finally:
        log.append("closed")
r = resource()
print(next(r), next(r), log)
r.close()
print(log, states(r))
def empty():
    return
    yield
print(list(empty()), type(empty()).__name__)
def gen_with_default(a, b=10, *rest, **kw):
    yield a, b, rest, kw
print(next(gen_with_default(1)), next(gen_with_default(1, 2, 3, k=4)))
pipeline = (x * 2 for x in (y + 1 for y in range(5)) if x % 2)
print(list(pipeline))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)], states(f))
