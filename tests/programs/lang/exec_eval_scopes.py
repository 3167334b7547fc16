# exec and eval: namespaces, globals vs locals, function scopes, compile modes, errors.
print(eval("1 + 2 * 3"), eval("[x * 2 for x in range(3)]"))
ns = {}
exec("a = 5\nb = a * 2", ns)
print(ns["a"], ns["b"], "__builtins__" in ns)
g = {"x": 10}
l = {"y": 20}
print(eval("x + y", g, l))
exec("z = x + y", g, l)
print(sorted(l), "z" in g)

# functions defined in exec see the globals dict, not the locals
code = """
def f():
    return x
result = f()
"""
scope_g = {"x": "global x"}
scope_l = {"x": "local x"}
exec(code, scope_g, scope_l)
print(scope_l["result"])

# exec inside a function cannot create real locals
def inside():
    exec("new_local = 1")
    try:
        return new_local
    except NameError as e:
        return f"NameError: {e}"
print(inside())
def inside_locals():
    exec("new_local = 1")
    return locals().get("new_local")
print(inside_locals())

# eval sees the enclosing function's locals by default
def reads_locals():
    secret = 42
    return eval("secret + 1")
print(reads_locals())

# compile modes
c1 = compile("x = 1\nprint('exec mode', x)", "<exec>", "exec")
exec(c1)
c2 = compile("3 ** 3", "<eval>", "eval")
print(eval(c2))
c3 = compile("40 + 2", "<single>", "single")
exec(c3)
exec(compile("None", "<single>", "single"))
print(type(c1).__name__, c1.co_filename, c2.co_name)

# errors
for src, mode in [("1 +", "eval"), ("x = ", "exec"), ("return 1", "exec"), ("a = 1", "eval"), ("break", "exec")]:
    try:
        compile(src, "<bad>", mode)
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg, e.lineno, e.filename)
try:
    eval("undefined_name")
except NameError as e:
    print(type(e).__name__, e)
try:
    eval(42)
except TypeError as e:
    print(type(e).__name__, e)
try:
    exec("1/0")
except ZeroDivisionError as e:
    print(type(e).__name__, e)

# restricted builtins
try:
    eval("len('abc')", {"__builtins__": {}})
except NameError as e:
    print(type(e).__name__, e)
print(eval("len('abc')", {"__builtins__": {"len": lambda s: "fake len"}}))

# exec returns None; eval of an expression statement's value
print(exec("1 + 1"), eval("(lambda: 'lambda from eval')()"))
counter = {"n": 0}
for _ in range(3):
    exec("n += 1", counter)
print(counter["n"])
