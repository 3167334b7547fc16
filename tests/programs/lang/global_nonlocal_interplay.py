# global and nonlocal together: nested functions choosing module vs enclosing scope, in classes and generators.
x = "module x"
def outer():
    x = "outer x"
    def uses_global():
        global x
        x = "set by uses_global"
    def uses_nonlocal():
        nonlocal x
        x = "set by uses_nonlocal"
    uses_global()
    after_global = x
    uses_nonlocal()
    return after_global, x
print(outer(), x)

def counter_pair():
    global total_calls
    total_calls = 0
    count = 0
    def hit():
        global total_calls
        nonlocal count
        count += 1
        total_calls += 1
        return count
    return hit
h1, h2 = counter_pair(), None
h1(); h1()
h2 = counter_pair()
h2()
print(total_calls, h1(), total_calls)

def gen_with_scopes():
    n = 0
    def bump():
        nonlocal n
        n += 1
    while n < 3:
        bump()
        yield n
print(list(gen_with_scopes()))

class Config:
    level = "class level"
    def set_module(self):
        global level
        level = "module level via method"
    def read(self):
        return level
c = Config()
c.set_module()
print(level, c.read(), Config.level)

def shadow_then_global():
    def inner():
        global x
        return x
    x = "local x shadows nothing for inner"
    return inner()
print(shadow_then_global())

def nested_nonlocal_chain():
    a = 1
    def level1():
        def level2():
            nonlocal a
            a += 10
        level2()
        return a
    return level1(), a
print(nested_nonlocal_chain())

for src in ["def f():\n    global a\n    nonlocal a\n",
            "def f():\n    a = 1\n    def g():\n        global a\n        nonlocal a\n",
            "def f(p):\n    global p\n"]:
    try:
        compile(src, "<scopes>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
