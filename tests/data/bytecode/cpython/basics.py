def f(n, *a, k=1, **kw):
    x = [i for i in range(n) if i]
    try:
        y = g(x, 'x', k)
    except ValueError as e:
        y = None
    finally:
        print(1)
    def h():
        return n + 1000000
    return y.z

class C:
    def m(self, a, b=2.5):
        return super().m(a) < b

async def co(xs):
    async with xs as c:
        async for x in c:
            await x
    return [x async for x in xs]

def gen(a):
    yield 1
    r = yield from a
    with open(a) as fh:
        fh.read()
    return f"{r!r:>{a}} and {a}"
