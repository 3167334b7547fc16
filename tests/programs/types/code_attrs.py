# code objects: co_name/co_qualname/co_argcount/co_posonlyargcount/co_kwonlyargcount/co_nlocals/
# co_varnames/co_cellvars/co_freevars/co_names/co_consts(ish)/co_filename/co_firstlineno/co_flags bits,
# replace(), and code equality.
def plain(a, b, /, c, d=1, *args, e, f=2, **kw):
    g = a + b
    return len(args) + g
def gen():
    yield 1
async def coro():
    pass
def outer():
    z = 1
    def inner():
        return z + glob
    return inner
glob = 10
co = plain.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals)
print(co.co_varnames, co.co_cellvars, co.co_freevars, co.co_names, co.co_filename.endswith('code_attrs.py'), co.co_firstlineno)
flags = co.co_flags
print(bool(flags & 0x04), bool(flags & 0x08), bool(flags & 0x20), bool(flags & 0x80), bool(flags & 0x01), bool(flags & 0x02))
print(bool(gen.__code__.co_flags & 0x20), bool(coro.__code__.co_flags & 0x80), bool(outer.__code__.co_flags & 0x10), bool(outer().__code__.co_flags & 0x10))
ic = outer().__code__
print(ic.co_name, ic.co_qualname, ic.co_freevars, ic.co_names, outer.__code__.co_cellvars, outer.__code__.co_varnames, ic.co_firstlineno)
print(type(co).__name__, type(co.co_code).__name__, len(co.co_code) % 2, type(co.co_lnotab).__name__, type(co.co_linetable).__name__, co.co_stacksize > 0)
print(gen.__code__.co_consts[:1], (lambda: "lam").__code__.co_name, (lambda: "lam").__code__.co_consts)
def doc():
    "the doc"
    return 42
print(doc.__code__.co_consts, doc.__code__.co_names, doc.__code__.co_varnames, doc.__code__.co_argcount)
c2 = co.replace(co_name="renamed")
print(c2.co_name, c2.co_varnames == co.co_varnames, c2 == co, co == plain.__code__, co.replace() == co)
mod = compile("x = 1\ny = x + 2\nprint(y)\n", "<snippet>", "exec")
print(mod.co_name, mod.co_filename, mod.co_names, mod.co_consts, mod.co_firstlineno, mod.co_argcount)
exec(mod)
ev = compile("a * 2", "<e>", "eval")
print(ev.co_names, eval(ev, {"a": 21}))
print(sorted(a for a in dir(co) if a.startswith("co_")))
lines = [l for _, _, l in doc.__code__.co_lines()]
print(lines[-1] - doc.__code__.co_firstlineno, all(isinstance(x, int) or x is None for x in lines))
try:
    co.co_name = "x"
except AttributeError as e:
    print(type(e).__name__, e)
try:
    type(co)()
except TypeError as e:
    print(type(e).__name__, e)
