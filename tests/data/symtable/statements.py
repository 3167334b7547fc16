import contextlib


@decorator
def decorated(arg=default_value, *, kw=kw_default):
    try:
        risky()
    except (ValueError, TypeError) as err:
        handle(err)
    else:
        lambda: 1
    finally:
        cleanup()
    try:
        pass
    except* OSError as group:
        pass
    with open(arg) as fh, contextlib.suppress(E) as (a, b):
        data = fh.read()
    for i, (j, k) in enumerate(data):
        del i
    else:
        k += 1
    while cond:
        break
    assert data, message
    raise Error from cause
    return data


async def coroutine(session):
    async with session as s:
        async for item in s:
            await item
    yield_value = 1
    return yield_value


def generator():
    yield 1
    yield from other()


def positional(a, b, /, c, *, d, **e):
    return f"{a!r:{b}} {c}" + d


x = y = z = 0
a, *b = c = range(3)
del x
print(*b, sep=sep, **opts)
