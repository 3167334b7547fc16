# Async comprehensions and generators: conditions, nesting, await inside, async generator expressions, driven by hand.
class Tick:
    def __await__(self):
        yield "tick"
        return None

async def arange(n):
    for i in range(n):
        await Tick()
        yield i

async def double(x):
    await Tick()
    return x * 2

async def main():
    evens = [x async for x in arange(10) if x % 2 == 0]
    doubled = [await double(x) for x in range(3)]
    both = [await double(x) async for x in arange(4) if x > 0]
    as_set = {x % 3 async for x in arange(7)}
    as_dict = {x: await double(x) async for x in arange(3)}
    nested = [[y async for y in arange(x)] async for x in arange(4)]
    agen = (x * 10 async for x in arange(3))
    from_genexp = [v async for v in agen]
    mixed = [(x, y) async for x in arange(2) for y in "ab"]
    return evens, doubled, both, sorted(as_set), as_dict, nested, from_genexp, mixed, type(agen).__name__

def run(coro):
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as e:
            return e.value, ticks

result, ticks = run(main())
for part in result:
    print(part)
print("ticks:", ticks)

# async comprehensions are only allowed in async functions
for src in ["def f():\n    return [x async for x in y]\n",
            "def f():\n    return [await x for x in y]\n",
            "async def f():\n    return [x async for x in y]\n"]:
    try:
        compile(src, "<async>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)

# an async generator expression inside a sync function is allowed (it is lazy)
def make():
    return (x async for x in arange(2))
g = make()
print(type(g).__name__)
async def consume(g):
    return [x async for x in g]
print(run(consume(g)))
