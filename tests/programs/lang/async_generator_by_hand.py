# Async generators driven by hand: __anext__, asend, athrow, aclose, without an event loop.
class Yield:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        return (yield self.value)

def drive(awaitable, replies=()):
    """Run an awaitable to completion; returns its result or ('raised', exc)."""
    replies = iter(replies)
    value = None
    while True:
        try:
            request = awaitable.send(value)
        except StopIteration as e:
            return e.value
        except StopAsyncIteration:
            return "StopAsyncIteration"
        print("  suspended with", request)
        value = next(replies, None)

async def ticker(n):
    for i in range(n):
        got = await Yield(f"tick {i}")
        yield i * 10 + (got or 0)

agen = ticker(2)
print(type(agen).__name__, agen.__name__)
print(drive(agen.__anext__(), [1]))
print(drive(agen.__anext__(), [2]))
print(drive(agen.__anext__()))

# asend delivers a value to the yield expression
async def accumulator():
    total = 0
    while True:
        value = yield total
        total += value
acc = accumulator()
print(drive(acc.asend(None)))
print(drive(acc.asend(5)))
print(drive(acc.asend(7)))
print(drive(acc.aclose()))

# athrow is handled inside
async def handler():
    try:
        yield "first"
    except KeyError as e:
        yield f"handled {e!r}"
h = handler()
print(drive(h.__anext__()))
print(drive(h.athrow(KeyError("k"))))

# aclose runs finally blocks
async def with_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("  cleanup ran")
w = with_cleanup()
print(drive(w.__anext__()))
print(drive(w.aclose()))

# async for and async comprehensions inside a coroutine
async def consume():
    out = []
    async for v in ticker(3):
        out.append(v)
    squares = [v * v async for v in ticker(2)]
    return out, squares
print(drive(consume()))

# async generators cannot return a value; errors surface through __anext__
async def raises():
    yield 1
    raise ValueError("boom")
r = raises()
print(drive(r.__anext__()))
try:
    drive(r.__anext__())
except ValueError as e:
    print(type(e).__name__, e)

async def stop_inside():
    raise StopAsyncIteration
    yield
try:
    drive(stop_inside().__anext__())
except RuntimeError as e:
    print(type(e).__name__, e)
print(aiter(ticker(1)) is not None, type(anext(ticker(1))).__name__)
