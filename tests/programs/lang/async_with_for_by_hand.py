# async with and async for over hand-written protocol objects, driven without an event loop.
class Yield:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        return (yield self.value)

def drive(coro):
    while True:
        try:
            request = coro.send(None)
        except StopIteration as e:
            return e.value
        print("  suspended:", request)

class AsyncResource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        await Yield(f"opening {self.name}")
        print("  entered", self.name)
        return self.name.upper()
    async def __aexit__(self, exc_type, exc, tb):
        await Yield(f"closing {self.name}")
        print("  exited", self.name, exc_type.__name__ if exc_type else None)
        return self.suppress

async def use_resources():
    async with AsyncResource("db") as handle:
        print("  using", handle)
    async with AsyncResource("a") as a, AsyncResource("b") as b:
        print("  using both", a, b)
    async with AsyncResource("swallow", suppress=True):
        raise KeyError("hidden")
    try:
        async with AsyncResource("leak"):
            raise ValueError("visible")
    except ValueError as e:
        print("  propagated", e)
    return "all done"
print(drive(use_resources()))

class AsyncCounter:
    def __init__(self, stop):
        self.i = 0
        self.stop = stop
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.stop:
            raise StopAsyncIteration
        await Yield(f"fetch {self.i}")
        self.i += 1
        return self.i

async def iterate():
    total = 0
    async for n in AsyncCounter(3):
        total += n
    else:
        print("  async for else ran")
    async for n in AsyncCounter(5):
        if n == 2:
            break
    return total, n
print(drive(iterate()))

async def bad_iter():
    async for x in [1, 2]:
        pass
try:
    drive(bad_iter())
except TypeError as e:
    print(type(e).__name__, e)

async def bad_with():
    async with AsyncCounter(1):
        pass
try:
    drive(bad_with())
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)

class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5
async def bad_anext():
    async for x in BadAnext():
        pass
try:
    drive(bad_anext())
except TypeError as e:
    print(type(e).__name__, e)
