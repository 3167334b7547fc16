def fibonacci(limit):
    a, b = 0, 1
    while a < limit:
        yield a
        a, b = b, a + b


def delegate():
    result = yield from fibonacci(10)
    first, *rest = list(fibonacci(100))
    return result, first, rest
