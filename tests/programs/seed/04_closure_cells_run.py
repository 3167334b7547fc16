# Seed section "Closure and Cell Variables", observed.
def outer(x):
    def inner():
        return x  # 'x' is a free variable in inner()
    return inner

f = outer(42)
g = outer("hi")
print(f(), g())
print(outer.__code__.co_cellvars, outer.__code__.co_freevars)
print(f.__code__.co_freevars, f.__code__.co_cellvars)
print(type(f.__closure__).__name__, len(f.__closure__))
cell = f.__closure__[0]
print(type(cell).__name__, cell.cell_contents)
print(g.__closure__[0].cell_contents)
print(outer.__closure__)

# Both outer and inner reference the same cell: a rebinding in outer is seen by inner.
def outer2(x):
    def inner():
        return x
    before = inner()
    x = x * 2
    return before, inner(), inner
b, a, h = outer2(21)
print(b, a, h.__closure__[0].cell_contents)

# Writing through the cell.
cell.cell_contents = 7
print(f())
