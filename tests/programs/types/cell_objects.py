# cell objects: closures sharing cells, cell_contents get/set/delete, empty cells, nonlocal,
# late binding in loops, cells in class bodies (__class__), and the errors for empty cells.
def make():
    x = 1
    def get():
        return x
    def put(v):
        nonlocal x
        x = v
    return get, put
get, put = make()
print(get(), put(5), get(), get.__closure__[0] is put.__closure__[0], get.__closure__[0].cell_contents)
cell = get.__closure__[0]
cell.cell_contents = "direct"
print(get(), type(cell).__name__)
del cell.cell_contents
try:
    get()
except NameError as e:
    print(type(e).__name__, e)
try:
    cell.cell_contents
except ValueError as e:
    print(type(e).__name__, e)
put("again")
print(get())
def unbound_later():
    def f():
        return y
    try:
        f()
    except NameError as e:
        print(type(e).__name__, e)
    y = 2
    return f()
print(unbound_later())
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs], [f.__closure__[0].cell_contents for f in funcs][:1])
funcs2 = [lambda i=i: i for i in range(3)]
print([f() for f in funcs2], funcs2[0].__closure__)
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
a, b = counter(), counter()
print(a(), a(), b(), a(), a.__closure__[0].cell_contents, b.__closure__[0].cell_contents)
print(a.__code__.co_freevars, counter.__code__.co_cellvars, make.__code__.co_cellvars, a.__code__.co_cellvars)
def param_cell(p):
    def f():
        return p
    p = p * 2
    return f
print(param_cell(21)(), param_cell.__code__.co_cellvars, param_cell.__code__.co_varnames)
class WithClass:
    def m(self):
        return __class__
    def n(self):
        return super().__class__
print(WithClass().m().__name__, WithClass.m.__closure__[0].cell_contents is WithClass, WithClass.m.__code__.co_freevars)
def deep():
    v = "outer"
    def mid():
        def inner():
            return v
        return inner
    return mid()
print(deep()(), deep().__code__.co_freevars, deep.__code__.co_cellvars)
CellType = type(get.__closure__[0])
c1 = CellType(5)
c2 = CellType()
print(c1.cell_contents, c1 == CellType(5), c1 < CellType(6), CellType.__name__)
try:
    c2.cell_contents
except ValueError as e:
    print(type(e).__name__, e)
def comprehension_scope():
    xs = [1, 2]
    return [lambda: x for x in xs], [x for x in xs]
fs, vals = comprehension_scope()
print([f() for f in fs], vals)
