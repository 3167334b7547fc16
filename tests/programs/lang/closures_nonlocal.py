# nonlocal: rebinding enclosing function variables, nearest scope wins, errors.
def outer():
    x = "outer"
    def middle():
        x = "middle"
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    m = middle()
    return x, m
print(outer())

def skip_level():
    x = 0
    def middle():
        def inner():
            nonlocal x
            x += 10
        inner()
        inner()
    middle()
    return x
print(skip_level())

def several():
    a = b = 0
    def set_both():
        nonlocal a, b
        a, b = 1, 2
    set_both()
    return a, b
print(several())

def nonlocal_in_loop():
    total = 0
    def add_all(items):
        nonlocal total
        for total in items:
            pass
    add_all([5, 6, 7])
    return total
print(nonlocal_in_loop())

def nonlocal_del():
    v = "present"
    def remove():
        nonlocal v
        del v
    remove()
    try:
        return v
    except NameError as e:
        return f"{type(e).__name__}: {e}"
print(nonlocal_del())

def generator_state():
    state = []
    def gen():
        nonlocal state
        for i in range(3):
            state = state + [i]
            yield i
    return list(gen()), state
print(generator_state())

def shared_by_siblings():
    n = 0
    def up():
        nonlocal n
        n += 1
    def down():
        nonlocal n
        n -= 1
    up(); up(); down(); up()
    return n
print(shared_by_siblings())

# errors are compile-time SyntaxErrors, seen through compile()
for src in ["def f():\n    nonlocal x\n",
            "nonlocal x\n",
            "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n",
            "def f(a):\n    nonlocal a\n",
            "def f():\n    global y\n    def g():\n        nonlocal y\n"]:
    try:
        compile(src, "<test>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)

class Holder:
    def method(self):
        value = 1
        def bump():
            nonlocal value
            value += 1
        bump()
        return value
print(Holder().method())
