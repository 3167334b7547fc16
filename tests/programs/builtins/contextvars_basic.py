import contextvars
from contextvars import ContextVar, Context, Token, copy_context

v = ContextVar("v", default=1)
w = ContextVar("w")
print(v.name, v.get(), w.get(5))
try:
    w.get()
except LookupError as e:
    print("LookupError", type(e.args[0]).__name__, e.args[0] is w)

t = v.set(2)
print(v.get(), t.var is v, t.old_value is Token.MISSING, repr(Token.MISSING))
ctx = copy_context()
v.set(3)
print(v.get(), ctx[v], len(ctx), v in ctx, w in ctx)
print(ctx.run(v.get))

def f(x):
    v.set(x)
    w.set(x * 10)
    return v.get(), w.get()

print(ctx.run(f, 7))
print(ctx[v], ctx[w], v.get(), w.get(None))
print(sorted(var.name for var in ctx), sorted(var.name for var in ctx.keys()))
print(sorted(ctx.values()), sorted((k.name, val) for k, val in ctx.items()))
print(ctx.get(w), ctx.get(ContextVar("z"), "dflt"))

v.reset(t)
print(v.get())
try:
    v.reset(t)
except RuntimeError as e:
    print("RuntimeError", str(e).startswith("<Token used var=<ContextVar name='v' default=1"))
t2 = w.set(1)
try:
    v.reset(t2)
except ValueError as e:
    print("ValueError", "different ContextVar" in str(e))
try:
    ctx.run(w.reset, t2)
except ValueError as e:
    print("ValueError", "different Context" in str(e))

def reenter():
    ctx.run(print, "inner")
try:
    ctx.run(reenter)
except RuntimeError as e:
    print("RuntimeError", "already entered" in str(e))

try:
    ContextVar(1)
except TypeError as e:
    print("TypeError", e)
try:
    Token()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    Context(1)
except TypeError as e:
    print("TypeError", e)
try:
    ctx[1]
except TypeError as e:
    print("TypeError", e)
empty = Context()
print(len(empty), list(empty), empty.run(v.get))
print(ContextVar.__module__, Context.__module__, Token.__module__, type(copy_context()).__name__)
print(repr(w).startswith("<ContextVar name='w' at 0x"))
print(repr(v).startswith("<ContextVar name='v' default=1 at 0x"))
d = {v: 1}
print(d[v], hash(v) == hash(v))
