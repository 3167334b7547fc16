# Cell semantics: closures share variables not values; cells outlive frames; cells in generators and classes.
def shared_after_loop():
    fns = []
    for i in range(3):
        def f():
            return i
        fns.append(f)
    i = 100
    return [f() for f in fns], fns[0].__closure__[0] is fns[2].__closure__[0]
print(shared_after_loop())

def cell_outlives_frame():
    data = []
    def add(x):
        data.append(x)
        return len(data)
    return add
add = cell_outlives_frame()
print(add("a"), add("b"), add.__closure__[0].cell_contents)

def mutate_after_creation():
    value = "before"
    def get():
        return value
    value = "after"
    r1 = get()
    value = "later still"
    return r1, get()
print(mutate_after_creation())

def generator_closure():
    x = 0
    def gen():
        while x < 3:
            yield x
    g = gen()
    out = [next(g)]
    x = 1
    out.append(next(g))
    x = 5
    out.append(list(g))
    return out
print(generator_closure())

def class_closure():
    n = 1
    class K:
        def get(self):
            return n
    n = 2
    return K().get()
print(class_closure())

# writing to a cell from two closures
def pair():
    state = {"v": 0}
    count = 0
    def inc():
        nonlocal count
        count += 1
        state["v"] += 10
    def read():
        return count, state["v"]
    return inc, read
inc, read = pair()
inc(); inc()
print(read())

# cells can be empty
def empty_cell():
    def inner():
        return later
    cell = inner.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print(type(e).__name__, e)
    later = "filled"
    return cell.cell_contents
print(empty_cell())

# cell_contents can be assigned
def settable():
    v = 1
    def get():
        return v
    return get
g = settable()
g.__closure__[0].cell_contents = "assigned from outside"
print(g())

# lambdas in comprehensions capture the comprehension's own cell
fs = [lambda: n for n in range(3)]
print([f() for f in fs], fs[0].__closure__[0] is fs[1].__closure__[0])
