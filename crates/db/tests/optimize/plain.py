

def f(x: 1 + 1 = 2 * 3):
    y: 2 ** 8 = 4 - 1
    return (1, 2)[0]


class C:
    z: "a" + "b" = "c" * 2
