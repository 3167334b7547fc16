# Closures: capturing variables, cells shared between inner functions, lifetime after return.
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), add5(add10(0)))

def make_counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return increment, get
inc, get = make_counter()
inc(); inc()
print(get(), inc(), get())
inc2, get2 = make_counter()
print(inc2(), get())

# the cell sees later rebinding in the enclosing function
def late():
    value = "first"
    def show():
        return value
    value = "second"
    return show
print(late()())

# closures over loop variables see the final value
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
def make(i):
    return lambda: i
print([make(i)() for i in range(3)])

# three levels deep
def level1(a):
    def level2(b):
        def level3(c):
            return a + b + c
        return level3
    return level2
print(level1(1)(20)(300))

# __closure__ and cell contents
def outer():
    x = 1
    y = "why"
    def inner():
        return x, y
    return inner
f = outer()
print(f.__code__.co_freevars, [c.cell_contents for c in f.__closure__])
print(make_adder.__code__.co_cellvars, add5.__code__.co_freevars)
print(outer.__closure__)

# a closure over a parameter that is reassigned
def accumulate(total):
    def add(x):
        nonlocal total
        total += x
        return total
    return add
acc = accumulate(100)
print(acc(1), acc(2), acc(3))

# closure over a variable that is deleted
def deleted():
    v = 1
    def read():
        return v
    del v
    return read
try:
    deleted()()
except NameError as e:
    print(type(e).__name__, e)

# class body does not create a closure scope for methods
class K:
    attr = "class attribute"
    def method(self):
        try:
            return attr
        except NameError as e:
            return f"NameError: {e}"
print(K().method())
