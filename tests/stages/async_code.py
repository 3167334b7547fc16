import asyncio


async def fetch(n):
    await asyncio.sleep(0)
    async with lock:
        async for item in stream():
            yield item
    return [x async for x in aiter(n)]
