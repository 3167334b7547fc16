# Generator methods: send, throw, close, and what the generator sees.
def echo():
    received = []
    try:
        while True:
            try:
                value = yield len(received)
                received.append(value)
                print("  received", value)
            except ValueError as e:
                print("  caught inside:", e)
                yield "recovered"
    finally:
        print("  cleanup, received", received)

g = echo()
print(g.send(None))
print(g.send("a"))
print(g.send("b"))
print(g.throw(ValueError("bad")))
print(next(g))
g.close()
print("closed")
try:
    next(g)
except StopIteration:
    print("StopIteration after close")

g = echo()
try:
    g.send("too early")
except TypeError as e:
    print(type(e).__name__, e)

# throw into an unstarted generator raises at once
def simple():
    yield 1
g = simple()
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("KeyError propagated", e)
print(list(g))

# throw with an exception class and the three-argument form
def catcher():
    while True:
        try:
            yield
        except Exception as e:
            print("  caught", type(e).__name__, e.args)
c = catcher()
next(c)
c.throw(RuntimeError)
c.throw(TypeError("msg"))
c.throw(IndexError, IndexError(5))
c.close()

# throw an exception the generator does not handle
def unhandled():
    yield 1
    yield 2
u = unhandled()
next(u)
try:
    u.throw(ZeroDivisionError("from outside"))
except ZeroDivisionError as e:
    print("propagated:", e)
print(list(u))

# close: GeneratorExit seen, yielding afterwards is an error
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("  got GeneratorExit")
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)

def polite():
    try:
        yield 1
    except GeneratorExit:
        print("  exiting politely")
        raise
p = polite()
next(p)
print(p.close())
p.close()

def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return "ignored"
r = returns_on_close()
next(r)
print(r.close())

# close on an unstarted or finished generator does nothing
print(simple().close())

# send returns the next yielded value; StopIteration carries the return value
def accumulate():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value
acc = accumulate()
next(acc)
for v in [5, 10, 20]:
    print(acc.send(v))
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)

# a running generator cannot be re-entered
def reenter():
    yield next(me)
me = reenter()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
