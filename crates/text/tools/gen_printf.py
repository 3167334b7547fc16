"""Writes tests/data/text/printf.txt and tests/data/text/strformat.txt: CPython 3.11's
`template % args` and `template.format(*args, **kwargs)` for generated templates, one case a
line: `repr(template)<TAB>repr(arg)...<TAB>=><TAB>repr(result)` (or `=> Class: message`).
Float arguments are written as `f:` + float.hex(); keyword arguments as `name=repr(value)`.

Run with CPython 3.11:  python3 crates/text/tools/gen_printf.py
"""
import os
import random

random.seed(9)


def enc(v):
    if isinstance(v, float):
        return "f:" + v.hex()
    return repr(v)


def write(name, cases):
    out = os.path.join(os.path.dirname(__file__), "..", "..", "..", "tests", "data", "text", name)
    with open(out, "w", encoding="utf-8", errors="surrogatepass") as f:
        f.write("\n".join(cases) + "\n")
    print(name, len(cases), "cases")


def result(f):
    try:
        return repr(f())
    except Exception as e:
        return f"{type(e).__name__}: {e}"


VALUES = [0, 1, -1, 42, -42, 255, 10**20, -(10**20), 0.0, -0.0, 1.5, -2.25, 1e16, 1e-7, 123.456, float("inf"),
          float("nan"), "", "a", "héllo", "x'y", "😀", "a\ud800"]
cases = []
for _ in range(3000):
    conv = random.choice("sradiuoxXeEfFgGc%%")
    flags = "".join(random.sample("-+ #0", random.randrange(0, 3)))
    width = random.choice(["", "", "1", "5", "12", "*"])
    prec = random.choice(["", "", ".0", ".1", ".3", ".10", ".*", "."])
    mod = random.choice(["", "", "", "l", "h"])
    spec = "%" + flags + width + prec + mod + conv
    template = random.choice(["", "ab ", "é"]) + spec + random.choice(["", " z", "%%", " %s"])
    n = template.count("%") - 2 * template.count("%%") + template.count("*")
    args = []
    for _ in range(max(n, 0)):
        args.append(random.choice(VALUES + [3, -4, 7]))
    if random.random() < 0.05:
        args.append(1)
    if random.random() < 0.05 and args:
        args.pop()
    cases.append("\t".join([repr(template)] + [enc(a) for a in args] + ["=>", result(lambda: template % tuple(args))]))
for template, args in [("%", ()), ("%(", ()), ("abc%y", (1,)), ("%5", (1,)), ("%.", (1,)), ("%s %s", (1,)), ("%s", (1, 2)),
                       ("%c", (65,)), ("%c", ("é",)), ("%c", (0x110000,)), ("%c", (-1,)), ("%c", ("ab",)), ("%x", (1.5,)),
                       ("%d", ("a",)), ("%*d", ("a", 1)), ("%.*f", (2, 3.14159)), ("%-*d|", (-5, 3)), ("%é", (1,)),
                       ("%\x01", (1,)), ("%05s", ("ab",)), ("%+s", ("ab",)), ("%#o", (8,)), ("%#X", (255,)), ("%#.5x", (-255,)),
                       ("%0#8x", (255,)), ("%-#8o|", (8,)), ("%+.3d", (7,)), ("% 05d", (42,)), ("%%%d%%", (5,)),
                       ("%99999999999999999999d", (1,)), ("%.99999999999d", (1,)), ("%5%", ()), ("%ld %hi %Lf", (1, 2, 0.5))]:
    cases.append("\t".join([repr(template)] + [enc(a) for a in args] + ["=>", result(lambda: template % args)]))
write("printf.txt", cases)

cases = []
FIELDS = ["{}", "{0}", "{1}", "{name}", "{0!r}", "{0!s}", "{0!a}", "{0!x}", "{0:>5}", "{0:{1}}", "{0:{}}", "{:{}}",
          "{0:{1}{2}}", "{0[0]}", "{0[1]}", "{name[0]}", "{0.real}", "{0.imag}", "{0.}", "{0[}", "{0[0]x}", "{0[]}",
          "{0..real}", "{{", "}}", "{", "}", "{0", "{0!", "{0!r", "{0!rx}", "{0:", "{0:{1:{2}}}", "{0:{1:{2:{3}}}}",
          "{0!r:>10}", "{ }", "{!r}", "{99999999999999999999}", "{0[99999999999999999999]}", "{é}", "{0:é^9}",
          "{\u0661}", "{0[\u0661]}", "{name!s:*<8}", "{x}", "{2}", "{0:}", "{0:%}", "{0:,}", "{:d}"]
ARGS = [("abc", 5, "x", 2), (7, 3, "<", 1), ("é😀", 9, "^", 0), (-3, 10, ">", 3), ("", "", "", "")]
for _ in range(2500):
    k = random.randrange(1, 4)
    template = "".join(random.choice(FIELDS + ["a", " ", "é "]) for _ in range(k))
    args = random.choice(ARGS)
    kw = {"name": random.choice(["nm", 12])}
    cases.append("\t".join([repr(template)] + [enc(a) for a in args] + [f"name={kw['name']!r}", "=>",
                                                                          result(lambda: template.format(*args, **kw))]))
write("strformat.txt", sorted(set(cases)))
