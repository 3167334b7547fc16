match x:
    case [1, *rest] if rest:
        pass
    case {'k': v, **kw}:
        pass
async def f():
    await g()
    async with a as b:
        pass
