# types.FunctionType(code, globals, name=None, argdefs=None, closure=None).
import types
def func(s):
    return len(s)
ns = {}
f2 = types.FunctionType(func.__code__, ns)
print(f2("abc"), f2.__globals__ is ns, f2.__name__, f2.__builtins__ is __builtins__.__dict__)
def outer():
    x = 1
    def inner():
        return x
    return inner
i = outer()
f3 = types.FunctionType(i.__code__, {}, "renamed", None, i.__closure__)
print(f3(), f3.__name__)
f4 = types.FunctionType(func.__code__, {}, None, ("dflt",))
print(f4(), f4.__defaults__)
for args in ((i.__code__, {}), (i.__code__, {}, None, None, ()), (1, {}),
             (func.__code__, []), (func.__code__, {}, 1), (func.__code__, {}, None, []),
             (i.__code__, {}, None, None, (1,)), (func.__code__, {}, None, None, 1)):
    try:
        types.FunctionType(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
