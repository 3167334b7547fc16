# close() of a suspended generator: with no handler around the yield the frame is just
# cleared (locals released in order); try/finally, except GeneratorExit and with blocks run;
# a yield-from delegate is closed first; any()/all() abandon generators that are closed.


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def plain():
    a = Noisy("a")
    b = Noisy("b")
    yield 1
    yield 2


g = plain()
print(next(g))
g.close()
print("closed", g.gi_frame, g.gi_running)
print(next(g, "exhausted"))


def with_finally():
    n = Noisy("f")
    try:
        yield 1
    finally:
        print("finally runs")


g = with_finally()
next(g)
g.close()
print("after finally")


def catches():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise


g = catches()
next(g)
g.close()


def ignores():
    try:
        yield 1
    except GeneratorExit:
        yield 2


g = ignores()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(e)


class Ctx:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        print("exit", a[0].__name__)
        return False


def in_with():
    with Ctx():
        yield 1


g = in_with()
next(g)
g.close()


def inner():
    try:
        yield 1
    finally:
        print("inner closed")


def outer():
    x = Noisy("outer local")
    yield from inner()


g = outer()
next(g)
g.close()
print("outer done")


def knobs(ws):
    keep = Noisy("genexpr local")
    for w in ws:
        yield w


print(any(knobs([0, 1, 2])))
print(all(x < 2 for x in range(10)))


def framed():
    y = Noisy("framed local")
    yield 1


g = framed()
next(g)
fr = g.gi_frame
g.close()
print("frame kept", fr.f_lineno, sorted(fr.f_locals))
del fr


def abandoned():
    z = Noisy("abandoned local")
    yield 1
    yield 2


def use():
    g = abandoned()
    next(g)
    print("leaving use")


use()
print("end")
