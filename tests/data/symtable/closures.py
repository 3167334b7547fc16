def counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def peek():
        return count
    return inc, peek


def outer(a, /, b, *args, c, d=1, **kw):
    x = 1
    def middle():
        def inner():
            return x + a + unknown
        return inner
    lam = lambda y, z=x: y + z + b
    class Local:
        x = 2
        def method(self):
            return x + c
    return middle, lam, Local


def shadow():
    x = 1
    def g():
        x = 2
        return x
    return g


def deep():
    v = 0
    def l1():
        def l2():
            def l3():
                return v
            return l3
        return l2
    return l1


def param_cell(p):
    return lambda: p
