# exec(): statements in given namespaces, functions defined inside seeing exec globals, locals
# dict distinct from globals (class-body-like scoping), return value None, code objects,
# and the errors.
ns = {}
r = exec("a = 1\nb = a + 1\ndef f():\n    return a + b\nc = f()", ns)
print(r, ns["a"], ns["b"], ns["c"], sorted(k for k in ns if k != "__builtins__"))
g, l = {"x": 1}, {}
exec("y = x + 1\nz = y * 2", g, l)
print(l, sorted(k for k in g if k != "__builtins__"))
exec("def h():\n    return y\n", g, l)
try:
    l["h"]()
except NameError as e:
    print(type(e).__name__, e)
def scope():
    v = 1
    exec("v = 2\nw = 3")
    return v, "w" in locals()
print(scope())
exec("print('printed from exec', 1 + 1)")
exec(compile("for i in range(3):\n    print('loop', i)\n", "<loop>", "exec"))
code = compile("result = 6 * 7", "<c>", "exec")
env = {}
exec(code, env)
print(env["result"])
exec("import sys\nmodname = sys.__name__", env)
print(env["modname"])
try:
    exec("raise ValueError('inside exec')")
except ValueError as e:
    print(type(e).__name__, e)
for src in ("x =", "return 5", "yield 1", "break", "   indented = 1"):
    try:
        exec(src, {})
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
for args in ((5,), ("x=1", []), ("x=1", {}, 5), ()):
    try:
        exec(*args)
    except TypeError as e:
        print(type(e).__name__, e)
counter = {"n": 0}
for _ in range(5):
    exec("n += 1", counter)
print(counter["n"])
exec("class K:\n    attr = 'in class'\n", env)
print(env["K"].attr, env["K"].__module__ if "__name__" in env else env["K"].__module__)
exec("global_from_exec = 'set'")
print(global_from_exec)
exec(b"bytes_src = True", env)
print(env["bytes_src"])
