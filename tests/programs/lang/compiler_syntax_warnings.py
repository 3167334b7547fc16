# The compiler's SyntaxWarnings (CPython 3.11's compile.c: "is" with a literal, an assert on a
# tuple, a literal called or subscripted): this script's own, printed to stderr when it is
# compiled, then those of compile()/exec()/eval() seen through catch_warnings(record=True), and
# the "error" filter turning them into a SyntaxError at the node's location.
import warnings


def never_called(x):
    if x is 1:
        pass
    if x is not "a":
        pass
    if x is None or x is True or x is ... or x is not False:
        pass
    y = 1 is x
    y = x == 1 is 2
    if x is 1 < 2:
        pass
    y = x is ()
    y = x is (1, 2)
    assert (x, "message")
    assert (1, 2)
    assert ()
    (1)(2)
    (1, 2)(3)
    "abc"(1)
    f"{x}"(1)
    [x for x in y](1)
    {1: 2}(3)
    None(1)
    1[2]
    {1, 2}[0]
    (lambda: 1)[0]
    [1, 2]["a"]
    ("a" "b")["c"]
    [[1, 2][3, 4]]
    (1, 2)[1.5]
    b"x"[None]
    [1, 2][x]
    [1, 2][1:2]
    [1, 2][True]
    y[1] = "a"[2]
    del [1][""]

    def inner():
        return x is 2

    return lambda: x is 3


def record(src, mode="exec"):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        compile(src, "<w>", mode)
    for m in w:
        print(m.category.__name__, "|", m.message, "|", m.filename, m.lineno)


def as_error(src, mode="exec", how=compile):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            if how is compile:
                compile(src, "<e>", mode)
            else:
                how(src)
            print("no error")
        except SyntaxError as e:
            print(type(e).__name__, repr(e.msg), e.filename, e.lineno, e.offset, repr(e.text),
                  e.end_lineno, e.end_offset)


record("x = 1\nif x is 1:\n    pass\n")
record("def f(x):\n    assert (x, 1)\n    return (1)(2), x is not 'a'\n")
record("[1, 2]['a']", "eval")
record("x = 1\nx is 'a'\nx is 'a'\n")
record("class C:\n    def m(self):\n        return 1[0]\n")
record("x = [\n  [1, 2]\n  [3, 4]\n]\n")
as_error("x = 1\nif x is 1:\n    pass\n")
as_error("x = 1\n\n    (1)(2)\n".replace("\n\n    ", "\n"))
as_error("def f():\n    return 'ab'['c']\n")
as_error("assert (1, 2)")
as_error("x = 2\nx is 2", how=exec)
as_error("2 is 2", "eval")
as_error("2 is 2", how=eval)
as_error("x = [\n  [1, 2]\n  [3, 4]\n]\n")
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    print(eval("1 is 1"))
print(never_called.__name__)
