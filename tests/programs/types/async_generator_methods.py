# Async generator objects driven by hand: __anext__/asend/athrow/aclose awaitables, StopAsyncIteration,
# ag_* attributes, and async comprehensions inside a coroutine.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def ticker(n):
    for i in range(n):
        got = yield i
        if got:
            print("ticker got", got)
ag = ticker(3)
print(type(ag).__name__, ag.__name__, ag.__qualname__, ag.ag_running, ag.ag_code.co_name, ag.ag_frame is not None)
print(run(ag.__anext__()), run(ag.asend("hello")), run(ag.__anext__()))
try:
    run(ag.__anext__())
except StopAsyncIteration as e:
    print(type(e).__name__, e.args)
async def collect():
    return [x async for x in ticker(4)], [x * 2 async for x in ticker(3) if x]
print(run(collect()))
async def guarded():
    try:
        yield "first"
        yield "second"
    except KeyError as e:
        yield "caught " + repr(e)
    finally:
        print("guarded finally")
g = guarded()
print(run(g.__anext__()), run(g.athrow(KeyError("k"))))
print(run(g.aclose()))
g2 = guarded()
print(run(g2.__anext__()))
run(g2.aclose())
print(run(g2.aclose()))
async def loop_over():
    out = []
    async for v in ticker(2):
        out.append(v)
    return out
print(run(loop_over()))
async def bad_for():
    async for v in [1, 2]:
        pass
try:
    run(bad_for())
except TypeError as e:
    print(type(e).__name__, e)
async def returns_in_agen():
    yield 1
try:
    aiter_obj = aiter(ticker(1))
    print(type(aiter_obj).__name__, run(anext(aiter_obj)))
    print(run(anext(aiter_obj, "default")))
except Exception as e:
    print(type(e).__name__, e)
