def f(xs):
    a = [x * 2 for x in xs if x]
    b = {x for x in xs}
    c = {x: y for x, y in xs}
    d = (x for x in xs for y in x)
    return a, b, c, d

squares = [i * i for i in range(10)]
