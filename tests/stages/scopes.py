counter = 0


def outer():
    value = 1

    def inner():
        nonlocal value
        global counter
        counter += value
        value = value + 1
        return lambda y=value: y * 2

    return inner


if (n := len("walrus")) > 3:
    del n
