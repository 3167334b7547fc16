# Coroutines driven by hand with send(): await on custom awaitables, return values, errors.
class Yield:
    """An awaitable that suspends the coroutine once, handing `value` to the driver."""
    def __init__(self, value):
        self.value = value
    def __await__(self):
        received = yield self.value
        return received

async def add_later(a, b):
    x = await Yield(f"need {a}")
    y = await Yield(f"need {b}")
    return x + y

coro = add_later("a", "b")
print(type(coro).__name__, coro.__name__, coro.__qualname__)
print(coro.send(None))
print(coro.send(10))
try:
    coro.send(32)
except StopIteration as e:
    print("returned", e.value)

def run(coro, replies=()):
    """Drive a coroutine to completion, answering each suspension from `replies`."""
    replies = iter(replies)
    value = None
    while True:
        try:
            request = coro.send(value)
        except StopIteration as e:
            return e.value
        print("  suspended with", request)
        value = next(replies, None)

async def nested():
    first = await add_later(1, 2)
    return first * 100
print(run(nested(), [1, 2]))

async def no_await():
    return "immediate"
print(run(no_await()))

# awaiting non-awaitables
async def bad_await():
    await 5
try:
    run(bad_await())
except TypeError as e:
    print(type(e).__name__, e)

class BadAwaitable:
    def __await__(self):
        return 42
async def await_bad():
    await BadAwaitable()
try:
    run(await_bad())
except TypeError as e:
    print(type(e).__name__, e)

# exceptions propagate through await
async def failing():
    await Yield("about to fail")
    raise ValueError("coroutine failed")
async def catching():
    try:
        await failing()
    except ValueError as e:
        return f"caught {e}"
print(run(catching()))

# throw into a suspended coroutine
async def waits():
    try:
        await Yield("waiting")
    except KeyError as e:
        return f"woken by {e!r}"
c = waits()
c.send(None)
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)

# close a suspended coroutine
async def closable():
    try:
        await Yield("open")
    finally:
        print("  coroutine cleanup")
c = closable()
c.send(None)
c.close()

# a coroutine cannot be awaited twice
async def once():
    return 1
c = once()
print(run(c))
try:
    run(c)
except RuntimeError as e:
    print(type(e).__name__, e)

# coroutine attributes
async def attrs():
    await Yield(1)
c = attrs()
print(c.cr_running, c.cr_await, c.cr_frame is not None, c.cr_code.co_name)
c.send(None)
print(type(c.cr_await).__name__)
c.close()
print(c.cr_frame)
print(attrs.__code__.co_flags & 0x80 != 0)
