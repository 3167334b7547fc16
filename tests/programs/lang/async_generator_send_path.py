# Values of an async generator reach `async for` and `await agen.asend()` through SEND;
# by hand, asend() ends in StopIteration(value); athrow/aclose; the end is StopAsyncIteration.


async def agen(n):
    for i in range(n):
        got = yield i
        if got is not None:
            print("got", got)


async def relay(n):
    async for v in agen(n):
        yield v * 10


async def main():
    out = []
    async for v in relay(4):
        out.append(v)
    print(out)
    g = agen(3)
    print(await g.asend(None))
    print(await g.asend("x"))
    print(await g.__anext__())
    try:
        await g.__anext__()
    except StopAsyncIteration as e:
        print("end", type(e).__name__, e.args)
    g2 = agen(5)
    print(await g2.__anext__())
    try:
        await g2.athrow(KeyError("k"))
    except KeyError as e:
        print("athrow", repr(e))
    g3 = agen(5)
    print(await g3.__anext__())
    print(await g3.aclose())
    try:
        await g3.__anext__()
    except StopAsyncIteration:
        print("closed")
    return "done"


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


print(run(main()))
a = agen(2).asend(None)
try:
    a.send(None)
except StopIteration as e:
    print("by hand", e.value, e.args)
try:
    a.send(None)
except RuntimeError as e:
    print(e)
g = agen(1)
a = g.__anext__()
try:
    a.send(None)
except StopIteration as e:
    print("first", e.value)
a = g.__anext__()
try:
    a.send(None)
except StopAsyncIteration as e:
    print("stop", repr(e))
