# exec(code, globals, closure=cells): a code object with free variables runs with the given
# cells (3.11's closure keyword); the checks on the closure as CPython's builtin_exec_impl.
from types import CellType

def make():
    a = 2
    b = 3
    c = 5
    result = 0
    def three():
        nonlocal result, a, b
        result = a * b
        a += 1
    def four():
        nonlocal result, a, b, c
        result = a * b * c
    def read():
        return result, a
    return three, four, read

three, four, read = make()
print(three.__code__.co_freevars, four.__code__.co_freevars)
exec(three.__code__, three.__globals__, closure=three.__closure__)
print(read())
cells = (CellType(35), CellType(72), CellType(0))
print(exec(three.__code__, three.__globals__, closure=cells))
print([c.cell_contents for c in cells], read())
ns = {}
exec(compile("x = 1", "<s>", "exec"), ns, closure=None)
print(ns["x"])

def plain():
    return 3 * 5

for what, args, kw in [
    ("closure for no free vars", (plain.__code__, plain.__globals__), {"closure": cells}),
    ("closure None", (three.__code__, three.__globals__), {"closure": None}),
    ("no closure", (three.__code__, three.__globals__), {}),
    ("wrong length", (three.__code__, three.__globals__), {"closure": four.__closure__}),
    ("list", (three.__code__, three.__globals__), {"closure": list(cells)}),
    ("not cells", (three.__code__, three.__globals__), {"closure": (1, 2, 3)}),
    ("tuple subclass", (three.__code__, three.__globals__),
     {"closure": type("T", (tuple,), {})(cells)}),
    ("string source", ("x = 1", {}), {"closure": cells}),
    ("eval of free vars", None, None),
]:
    try:
        if args is None:
            eval(three.__code__)
        else:
            exec(*args, **kw)
        print(what, "ok")
    except TypeError as e:
        print(what, "TypeError", e)
