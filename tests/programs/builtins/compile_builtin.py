# compile(): modes exec/eval/single, filename in tracebacks and code objects, flags-free use,
# source as str/bytes, SyntaxError details, dont_inherit, and running the code with exec/eval.
code = compile("x = 5\ny = x * 2\n", "<first>", "exec")
ns = {}
exec(code, ns)
print(type(code).__name__, code.co_filename, code.co_name, ns["y"], sorted(k for k in ns if k != "__builtins__"))
e = compile("y + 1", "<expr>", "eval")
print(eval(e, {"y": 41}), e.co_names, e.co_filename)
s = compile("1 + 2", "<single>", "single")
exec(s)
exec(compile("'a string'", "<s>", "single"))
exec(compile("None", "<s>", "single"))
exec(compile("x = 1", "<s>", "single"))
print(eval(compile(b"3 * 7", "<bytes>", "eval")), eval(compile("# comment\n(4 +\n 5)", "<ws>", "eval")))
for src, mode in (("x =", "exec"), ("x = 1", "eval"), ("1 +", "eval"), ("def f(:", "exec"), ("a = 1\nb = 2", "single"), ("", "eval")):
    try:
        compile(src, "<bad>", mode)
        print("compiled", repr(src), mode)
    except SyntaxError as err:
        print(type(err).__name__, err.msg, err.filename, err.lineno, err.offset)
try:
    compile("x", "<m>", "nope")
except ValueError as err:
    print(type(err).__name__, err)
try:
    compile(5, "<m>", "exec")
except TypeError as err:
    print(type(err).__name__, err)
try:
    compile("1", "<m>")
except TypeError as err:
    print(type(err).__name__, err)
fn = compile("def g(a):\n    return a * 3\n", "<def>", "exec")
env = {}
exec(fn, env)
print(env["g"](4), env["g"].__code__.co_filename, env["g"].__name__, env["g"].__module__ if "__name__" in env else "no module name")
boom = compile("def h():\n    raise ValueError('from compiled')\nh()\n", "virtual.py", "exec")
try:
    exec(boom, {})
except ValueError as err:
    tb = err.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print(err, tb.tb_frame.f_code.co_filename, tb.tb_lineno, tb.tb_frame.f_code.co_name)
print(compile("x", "f", "eval", dont_inherit=True).co_names, compile("pass", "f", "exec", optimize=0).co_consts)
