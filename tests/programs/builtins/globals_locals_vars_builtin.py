# globals(), locals() and vars(): module-level identity, function locals snapshots (and writes not
# affecting variables), class body locals, vars() of objects/classes/modules and its errors.
import sys
print(globals() is vars(), locals() is globals(), globals()["__name__"], "__builtins__" in globals(), "sys" in globals())
gx = 1
globals()["created_via_globals"] = "hello"
print(created_via_globals, globals().get("gx"))
def f(a, b=2):
    c = a + b
    snapshot = locals()
    snapshot["c"] = 100
    return sorted(snapshot), c, sorted(locals())
print(f(1))
def closure():
    free = "free var"
    def inner():
        return sorted(locals()), free
    return inner()
print(closure())
class Body:
    x = 1
    y = x + 1
    body_locals = sorted(k for k in locals() if not k.startswith("__"))
    module = __module__
    qual = __qualname__
print(Body.body_locals, Body.module, Body.qual)
class Obj:
    def __init__(self):
        self.a = 1
        self.b = [2]
o = Obj()
print(vars(o), vars(o) is o.__dict__, sorted(k for k in vars(Obj) if not k.startswith("__")), type(vars(Obj)).__name__)
print("argv" in vars(sys), vars(sys) is sys.__dict__)
class Slotted:
    __slots__ = ("x",)
for bad in (5, "str", Slotted(), None):
    try:
        vars(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    vars(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
def uses_vars():
    local_one = 1
    return vars()
print(uses_vars())
def gen():
    inside = "gen local"
    yield sorted(locals())
print(next(gen()))
print([sorted(locals()) for _ in range(1)], (lambda q: sorted(locals()))(5))
