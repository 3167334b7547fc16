# await chains without asyncio: a tiny round-robin scheduler over hand-written awaitables.
class Sleep:
    """Suspends the awaiting task once per tick for `ticks` ticks."""
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        for _ in range(self.ticks):
            yield "sleeping"
        return self.ticks

class Scheduler:
    def __init__(self):
        self.tasks = []
        self.results = {}
        self.clock = 0
    def spawn(self, name, coro):
        self.tasks.append((name, coro))
    def run(self):
        while self.tasks:
            self.clock += 1
            for name, coro in list(self.tasks):
                try:
                    coro.send(None)
                except StopIteration as e:
                    print(f"  t={self.clock} {name} finished -> {e.value!r}")
                    self.results[name] = e.value
                    self.tasks.remove((name, coro))
                except Exception as e:
                    print(f"  t={self.clock} {name} failed: {type(e).__name__}: {e}")
                    self.tasks.remove((name, coro))
        return self.results

log = []
async def worker(name, steps):
    total = 0
    for i in range(steps):
        slept = await Sleep(1)
        total += slept
        log.append(f"{name}:{i}")
    return f"{name} did {total} steps"

async def parent():
    a = await worker("child-a", 2)
    b = await worker("child-b", 1)
    return [a, b]

async def failing():
    await Sleep(2)
    raise RuntimeError("task crashed")

async def nothing():
    return "instant"

s = Scheduler()
s.spawn("w1", worker("w1", 3))
s.spawn("w2", worker("w2", 1))
s.spawn("parent", parent())
s.spawn("bad", failing())
s.spawn("instant", nothing())
results = s.run()
print(sorted(results.items()))
print(log)

# awaiting the same coroutine object from two places is an error
async def shared():
    await Sleep(1)
    return "shared"
c = shared()
async def first():
    return await c
async def second():
    return await c
f1, f2 = first(), second()
f1.send(None)
try:
    f2.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
f1.close()
f2.close()

# __await__ implemented with a generator-based class
class Value:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        if False:
            yield
        return self.v
async def uses_value():
    return await Value(1) + await Value(2)
try:
    uses_value().send(None)
except StopIteration as e:
    print("no suspension needed:", e.value)

# await inside expressions and comprehensions
async def compute():
    xs = [await Value(i) for i in range(3)]
    d = {k: await Value(k * 10) for k in "ab"}
    return xs, d, (await Value(5)) * 2, [await Sleep(0)]
try:
    compute().send(None)
except StopIteration as e:
    print(e.value)
