def simple(a, b=1, *args, c, d=2, **kwargs):
    return a, b, args, c, d, kwargs

def posonly(a, b, /, c):
    return a

def annotated(a: int, b: "str" = "x") -> bool:
    return True

def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    return inner

@decorator
@other(1)
def decorated():
    "doc"
    return 1

lam = lambda x, y=2: x + y

def gen():
    yield 1
    x = yield
    yield from range(3)

async def coro():
    await something()
    async for i in aiter():
        print(i)
    async with ctx() as c:
        pass

def closures(a):
    b = 2
    def use():
        return a + b
    return use
