# Every simple built-in exception class: args, str and repr with 0, 1 and 2 arguments; attributes
# (__cause__, __context__, __suppress_context__, __traceback__, __notes__ absent) and with_traceback.
builtins = __builtins__
names = sorted(k for k, v in vars(builtins).items() if isinstance(v, type) and issubclass(v, BaseException)
               and not issubclass(v, (OSError, UnicodeError, BaseExceptionGroup, SyntaxError)))
for name in names:
    cls = getattr(builtins, name)
    for args in ((), ("msg",), ("a", 2)):
        try:
            e = cls(*args)
        except Exception as err:
            print(name, args, "ctor", type(err).__name__, err)
            continue
        print(name, e.args, repr(str(e)), repr(e))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)), str(KeyError("")), str(LookupError("k")))
e = ValueError("x")
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__, hasattr(e, "__notes__"), e.with_traceback(None) is e)
e.args = ("new", "args")
print(e, repr(e), e.args)
e.args = [1]
print(e.args, type(e.args).__name__)
print(StopIteration(5).value, StopIteration().value, StopAsyncIteration(1).args, SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
print(ImportError("m", name="mod", path="/p").name, ImportError("m").path, repr(ImportError("x", name="n")), ModuleNotFoundError("m").msg)
print(NameError("n", name="var").name, AttributeError("a", name="attr", obj=5).obj, AttributeError("a").name)
try:
    ValueError(x=1)
except TypeError as err:
    print(type(err).__name__, err)
class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
m = MyErr(404, "missing")
print(m, repr(m), m.args, m.code, str(MyErr.__mro__[1].__name__))
class Quiet(Exception):
    def __str__(self):
        return "custom str"
print(str(Quiet(1)), repr(Quiet(1)), Quiet.__module__, Quiet.__qualname__)
print(repr(BaseException()), repr(Exception(None)), str(Exception(None)), repr(Exception((1, 2))), str(Exception([1], "x")))
