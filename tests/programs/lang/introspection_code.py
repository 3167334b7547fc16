# Code objects: co_varnames, co_names, co_consts, co_argcount and friends, nested code objects.
def sample(a, b=2, *args, c, d=4, **kwargs):
    """Docstring."""
    local = a + b
    other = len(args)
    print(local, other, GLOBAL_NAME)
    return [local, other, 1.5, "text"]

GLOBAL_NAME = "g"
code = sample.__code__
print(code.co_name, code.co_qualname, code.co_filename.endswith("introspection_code.py"))
print("argcount", code.co_argcount, "posonly", code.co_posonlyargcount, "kwonly", code.co_kwonlyargcount)
print("nlocals", code.co_nlocals, "varnames", code.co_varnames)
print("names", code.co_names)
print("consts", code.co_consts)
print("firstlineno", code.co_firstlineno)
print("flags: varargs", bool(code.co_flags & 0x04), "varkeywords", bool(code.co_flags & 0x08), "generator", bool(code.co_flags & 0x20))
print("freevars", code.co_freevars, "cellvars", code.co_cellvars)

def outer(x):
    y = 10
    def inner(z):
        return x + y + z
    return inner
print(outer.__code__.co_cellvars, outer.__code__.co_varnames)
inner = outer(1)
print(inner.__code__.co_freevars, inner.__code__.co_varnames, inner.__code__.co_qualname)
nested = [c for c in outer.__code__.co_consts if hasattr(c, "co_name")]
print([c.co_name for c in nested])

def gen():
    yield 1
async def coro():
    pass
async def agen():
    yield 1
for f in (gen, coro, agen, sample):
    flags = f.__code__.co_flags
    print(f.__name__, "generator" if flags & 0x20 else "", "coroutine" if flags & 0x80 else "", "async generator" if flags & 0x200 else "")

def no_docstring():
    return 42
print(no_docstring.__code__.co_consts)
def docstring_only():
    "only a docstring"
print(docstring_only.__code__.co_consts)
def uses_attr(obj):
    return obj.attribute.method(GLOBAL_NAME)
print(uses_attr.__code__.co_names, uses_attr.__code__.co_varnames)
lam = lambda q: q * 2
print(lam.__code__.co_name, lam.__code__.co_varnames, lam.__code__.co_consts)
def comp():
    return [i for i in range(3)]
inner_codes = [c for c in comp.__code__.co_consts if hasattr(c, "co_name")]
print([c.co_name for c in inner_codes], inner_codes[0].co_varnames)

class K:
    def method(self):
        return __class__
print(K.method.__code__.co_freevars, K.method.__code__.co_qualname)

code2 = code.replace(co_name="renamed")
print(code2.co_name, code.co_name, type(code).__name__)
print(compile("x = 1", "<string>", "exec").co_names, compile("1 + 2", "<e>", "eval").co_consts)
