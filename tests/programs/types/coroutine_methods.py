# Coroutine objects driven by hand (no asyncio): send/throw/close, await of custom awaitables,
# cr_* attributes, the "never awaited" path avoided, and await on non-awaitables.
class Pause:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        got = yield self.value
        return ("resumed", got)
async def worker(n):
    total = 0
    for i in range(n):
        res = await Pause(i)
        total += res[1]
    return total
c = worker(3)
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running, c.cr_await, c.cr_code.co_name, c.cr_frame is not None)
print(c.send(None), c.send(10), c.send(20))
try:
    c.send(30)
except StopIteration as e:
    print("returned", e.value)
print(c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
async def thrower():
    try:
        await Pause("waiting")
    except ValueError as e:
        return "handled " + str(e)
t = thrower()
print(t.send(None))
try:
    t.throw(ValueError("oops"))
except StopIteration as e:
    print(e.value)
async def closer():
    try:
        await Pause("p")
    finally:
        print("closer finally")
cl = closer()
cl.send(None)
cl.close()
async def nested():
    a = await worker(2)
    b = await simple()
    return a, b
async def simple():
    return "simple"
n = nested()
print(n.send(None), n.send(1))
try:
    n.send(2)
except StopIteration as e:
    print(e.value)
async def bad_await():
    await 5
b = bad_await()
try:
    b.send(None)
except TypeError as e:
    print(type(e).__name__, e)
class BadIter:
    def __await__(self):
        return 5
async def bad2():
    await BadIter()
b2 = bad2()
try:
    b2.send(None)
except TypeError as e:
    print(type(e).__name__, e)
u = simple()
try:
    next(u)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(u)
except TypeError as e:
    print(type(e).__name__, e)
aw = u.__await__()
print(type(aw).__name__)
try:
    next(aw)
except StopIteration as e:
    print("via __await__", e.value)
