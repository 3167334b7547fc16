"""Writes tests/data/numeric/expected.txt: each case of tests/data/numeric/cases.txt, then seeded
random cases (int true division, int to float, float division and modulo, shifts), with the
result CPython 3.11 gives: `type:repr` of the value, or `ExceptionClass: message`.

Run with CPython 3.11 from the repository root:
    python3 crates/numeric/tools/gen_expected.py
"""
import random
import sys
import warnings

warnings.simplefilter("ignore")
assert sys.version_info[:2] == (3, 11), "CPython 3.11 is the reference"
sys.set_int_max_str_digits(0)


def show(v):
    if isinstance(v, tuple):
        return "tuple:(" + ", ".join(show(x) for x in v) + ("," if len(v) == 1 else "") + ")"
    return type(v).__name__ + ":" + repr(v)


def evaluate(expr):
    try:
        return show(eval(expr, {}))
    except Exception as e:
        return f"{type(e).__name__}: {e}"


def random_cases():
    rng = random.Random(3110)
    out = []
    for _ in range(300):
        a = rng.getrandbits(rng.choice([10, 53, 54, 60, 64, 100, 200, 1100])) * rng.choice([1, -1])
        b = rng.getrandbits(rng.choice([10, 53, 54, 60, 64, 100, 200, 1100])) * rng.choice([1, -1]) or 1
        out.append(f"{a} / {b}")
        out.append(f"({a}) * 1.0")
        out.append(f"{a} // {b}")
        out.append(f"{a} % {b}")
        out.append(f"{a} >> {rng.randrange(0, 130)}")
        out.append(f"{a} << {rng.randrange(0, 70)}")
    for _ in range(200):
        x = rng.uniform(-1e6, 1e6) * 10.0 ** rng.randrange(-10, 10)
        y = rng.uniform(-100, 100) * 10.0 ** rng.randrange(-5, 5)
        out.append(f"{x!r} // {y!r}")
        out.append(f"{x!r} % {y!r}")
        out.append(f"{abs(x)!r} ** {y / 50!r}")
        out.append(f"({x!r} + {y!r}j) / ({y!r} - {x!r}j)")
        out.append(f"({y / 100!r} + {x / 1e6!r}j) ** {rng.randrange(-5, 20)}")
    return out


def main():
    cases = [l for l in open("tests/data/numeric/cases.txt", encoding="utf-8").read().splitlines()
             if l.strip() and not l.startswith("#")]
    with open("tests/data/numeric/expected.txt", "w", encoding="utf-8") as f:
        for expr in cases + random_cases():
            f.write(f"{expr} => {evaluate(expr)}\n")


main()
