# The builtins namespace: every public builtin name, shadowing a builtin with a global and deleting
# it again, __builtins__ access, builtins as first-class values.
import sys
b = __builtins__
names = sorted(k for k in vars(b) if not k.startswith("_"))
print(len(names))
print(names)
print([k for k in sorted(vars(b)) if k.startswith("__")])
len = lambda x: "shadowed"
print(len([1, 2]))
del len
print(len([1, 2]))
def local_shadow():
    print = "local print"
    return print
print(local_shadow())
print(b.len("abc"), getattr(b, "max")(3, 9), vars(b)["min"](3, 9))
builtin_funcs = [abs, len, max, sorted]
print([f.__name__ for f in builtin_funcs], [f([3, -1]) if f is not abs else f(-1) for f in builtin_funcs])
print(type(abs).__name__, abs.__module__, abs.__self__ is b, abs.__qualname__, repr(abs), repr(print))
print(sys.modules["builtins"] is b, b.__name__)
