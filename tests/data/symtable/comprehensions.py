data = [1, 2, 3]
squares = [n * n for n in data if n]
evens = {n for n in data if n % 2 == 0}
table = {k: v for k, v in zip(data, data)}
gen = (n for n in data)
nested = [[i * j for j in range(i)] for i in data]
multi = [i + j for i in data for j in data if i != j]


def in_function(seq, factor):
    return [x * factor for x in seq], (y for y in seq if y > factor)


class InClass:
    values = [1, 2]
    # The first iterable is evaluated in the class block; the rest is not.
    doubled = [v * 2 for v in values]
    pairs = [(a, b) for a in values for b in values]


def outer_iter_names(a, b):
    return [x for x in a for y in b(x)]


async def asynchronous(aiter, items):
    r1 = [x async for x in aiter]
    r2 = [await x for x in items]
    r3 = [[y async for y in x] for x in items]
    return r1, r2, r3


def yields_in_generator():
    return (x for x in (yield))


def lambda_in_comprehension(items):
    return [lambda: i for i in items]
