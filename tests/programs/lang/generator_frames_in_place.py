# Generator frames run on the generator's own slots: locals survive many resumptions,
# nested generators interleave, a recursion limit hit while resuming is a RecursionError,
# and a generator's locals are released when it finishes.
import sys


def counter(n):
    a, b, c, d, e = 1, 2, 3, 4, 5
    total = 0
    for i in range(n):
        got = yield (i, total)
        total += (got or 0) + a + b + c + d + e
    return total


g = counter(5)
print(next(g))
for v in (10, 20, 30, 40):
    print(g.send(v))
try:
    g.send(50)
except StopIteration as e:
    print("returned", e.value)


def interleave():
    xs = [counter(3), counter(4), counter(2)]
    out = []
    while xs:
        for it in list(xs):
            try:
                out.append(next(it))
            except StopIteration as e:
                out.append(("done", e.value))
                xs.remove(it)
    return out


print(interleave())


def nested(depth):
    if depth == 0:
        yield "leaf"
        return
    yield from nested(depth - 1)
    yield depth


print(list(nested(30)))


def deep(n):
    yield from deep(n + 1)


try:
    for _ in deep(0):
        pass
except RecursionError as e:
    print("RecursionError", type(e).__name__)
print(list(nested(3)))


class Tracked:
    def __del__(self):
        print("released")


def holder():
    t = Tracked()
    yield 1
    yield 2


h = holder()
print(next(h), next(h))
print(next(h, "end"))
print("after end")


def frame_locals():
    x = 1
    yield
    x = 2
    y = 3
    yield


fl = frame_locals()
next(fl)
print(sorted(fl.gi_frame.f_locals.items()))
next(fl)
print(sorted(fl.gi_frame.f_locals.items()))


def thrower():
    try:
        yield 1
    except ValueError as e:
        yield "caught " + str(e)
    yield 3


t = thrower()
print(next(t), t.throw(ValueError("boom")), next(t))
