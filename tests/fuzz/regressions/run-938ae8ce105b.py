import sys
sys.argv[1:] = ["571486", "300"]
# Fuzzes the bytecode verifier: code objects made by code.replace() from mutated co_code,
# co_consts, co_names, co_stacksize, co_exceptiontable and co_linetable must either be
# rejected (ValueError) or run to a Python result or exception; the interpreter must never
# crash. Usage: taipan code_replace.py SEED COUNT. Prints "case N" before running case N (so
# a crash names it) and a summary line at the end.
import sys
import random

seed = int(sys.argv[1]) if len(sys.argv) > 1 else 0
count = int(sys.argv[2]) if len(sys.argv) > 2 else 200
rng = random.Random(seed)


def plain(a, b=2):
    x = [a, b, (a, b)]
    y = {"k": a, **{"j": b}}
    return x, y, f"{a!r:>4}", a + b * 3


def with_try(n):
    try:
        r = 1 / n
    except ZeroDivisionError as e:
        r = str(e)
    finally:
        n += 1
    with open(__file__) as fh:
        pass
    return r, n


def closure(v):
    def inner(w=v):
        return v + w
    return inner(), [i for i in range(3)], sorted(d for d in "cab")


def gen(n):
    yield n
    yield from range(n)


def calls(a):
    return print(a, sep="", end="") or max(a, 1, key=None), dict(x=1, **{"y": a})


class K:
    def meth(self, q):
        return super().__init__() or q, self.meth.__name__


def loop(n):
    t = 0
    for i in range(n):
        if i % 2:
            continue
        t += i
    while n > 0:
        n -= 1
    return t


FUNCS = [plain, with_try, closure, gen, calls, K.meth, loop]
OPS = [0, 1, 2, 9, 10, 11, 12, 15, 25, 30, 31, 32, 33, 35, 36, 37, 49, 50, 51, 52, 53, 54,
       60, 61, 68, 69, 70, 71, 74, 75, 82, 83, 84, 85, 86, 87, 88, 89] + list(range(90, 177))


def mutate_code(b):
    b = bytearray(b)
    for _ in range(rng.randint(1, 4)):
        k = rng.randrange(7)
        i = rng.randrange(len(b) // 2) * 2
        if k == 0:
            b[i] = rng.choice(OPS)
        elif k == 1:
            b[i + 1] = rng.randrange(256)
        elif k == 2:
            b[i + 1] = rng.choice([0, 1, 2, 3, 255])
        elif k == 3:
            j = rng.randrange(len(b) // 2) * 2
            b[i:i + 2], b[j:j + 2] = b[j:j + 2], b[i:i + 2]
        elif k == 4:
            del b[i:i + 2 * rng.randint(1, 3)]
        elif k == 5:
            b[i:i] = bytes([rng.choice(OPS), rng.randrange(256)])
        else:
            b[i:i + 2] = bytes([144, rng.randrange(256)])
    return bytes(b)


def mutate_bytes(b):
    b = bytearray(b)
    for _ in range(rng.randint(1, 3)):
        if b and rng.random() < 0.7:
            b[rng.randrange(len(b))] = rng.randrange(256)
        else:
            b.insert(rng.randrange(len(b) + 1), rng.randrange(256))
    return bytes(b)


def case():
    f = rng.choice(FUNCS)
    co = f.__code__
    kw = {}
    if rng.random() < 0.8:
        kw["co_code"] = mutate_code(co.co_code)
    if rng.random() < 0.2:
        kw["co_consts"] = co.co_consts[:rng.randrange(len(co.co_consts) + 1)]
    if rng.random() < 0.2:
        kw["co_names"] = co.co_names[:rng.randrange(len(co.co_names) + 1)]
    if rng.random() < 0.2:
        kw["co_stacksize"] = rng.randrange(co.co_stacksize + 2)
    if rng.random() < 0.2:
        kw["co_exceptiontable"] = mutate_bytes(co.co_exceptiontable)
    if rng.random() < 0.2:
        kw["co_linetable"] = mutate_bytes(co.co_linetable)
    if rng.random() < 0.1:
        kw["co_argcount"] = rng.randrange(6)
    if rng.random() < 0.1:
        kw["co_flags"] = co.co_flags ^ (1 << rng.randrange(10))
    try:
        new = co.replace(**kw)
    except ValueError:
        return "rejected"
    # The function runs the new code (and gets its own back afterwards).
    f.__code__ = new
    try:
        r = f(1) if f is not K.meth else f(K(), 1)
        if hasattr(r, "__next__"):
            list(zip(range(5), r))
        repr(r)
    except BaseException:
        return "raised"
    finally:
        f.__code__ = co
    return "ran"


tally = {"rejected": 0, "raised": 0, "ran": 0, "error": 0}
for n in range(count):
    print("case", n, flush=True)
    try:
        tally[case()] += 1
    except BaseException:
        tally["error"] += 1
print("summary", seed, count, tally, flush=True)
