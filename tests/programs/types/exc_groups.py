# ExceptionGroup / BaseExceptionGroup: construction rules, message/exceptions, str/repr, split,
# subgroup (by type, tuple, predicate), derive in subclasses, nesting, and except*.
def err(f, *a):
    try:
        r = f(*a)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("ok", repr(r))

eg = ExceptionGroup("many", [ValueError(1), TypeError("t"), ExceptionGroup("inner", [ValueError(2), KeyError("k")])])
print(eg, repr(eg), eg.message, eg.exceptions, len(eg.exceptions), type(eg).__name__, eg.args[0])
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(KeyError)), repr(eg.subgroup(OSError)), repr(eg.subgroup((TypeError, KeyError))))
print(repr(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] == 2)))
print(eg.subgroup(lambda e: True) is eg, eg.split(Exception)[1], repr(eg.split(lambda e: False)))
m2, r2 = eg.split(ExceptionGroup)
print(repr(m2), r2)
base = BaseExceptionGroup("b", [KeyboardInterrupt()])
mixed = BaseExceptionGroup("m", [ValueError()])
print(type(base).__name__, type(mixed).__name__, repr(mixed), isinstance(mixed, ExceptionGroup))
err(ExceptionGroup, "x", [])
err(ExceptionGroup, "x", [1])
err(ExceptionGroup, "x", [KeyboardInterrupt()])
err(ExceptionGroup, 1, [ValueError()])
err(ExceptionGroup, "x")
err(ExceptionGroup, "x", ValueError())
err(BaseExceptionGroup, "x", (ValueError(),))
d = eg.derive([ZeroDivisionError()])
print(repr(d), d.__traceback__, d.__cause__)
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "*", excs)
my = MyEG("mine", [ValueError(1), TypeError(2)])
a, b = my.split(ValueError)
print(type(a).__name__, repr(a), type(b).__name__, repr(b))
class PlainEG(ExceptionGroup):
    pass
p = PlainEG("plain", [ValueError(1), TypeError(2)])
print(type(p.subgroup(ValueError)).__name__)
eg.__notes__ = ["note"]
eg2 = eg.subgroup(ValueError)
print(eg2.__notes__, eg2.__cause__)
try:
    raise ExceptionGroup("g", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
except* ValueError as e:
    print("caught V", repr(e))
except* TypeError as e:
    print("caught T", repr(e))
try:
    try:
        raise ExceptionGroup("g", [ValueError("v"), KeyError("k")])
    except* ValueError:
        print("handled value")
except ExceptionGroup as rest_eg:
    print("rest", repr(rest_eg))
try:
    raise TypeError("naked")
except* TypeError as e:
    print("wrapped", repr(e), type(e).__name__)
