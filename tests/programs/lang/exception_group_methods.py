# ExceptionGroup and BaseExceptionGroup: construction rules, subgroup, split, derive, str/repr.
eg = ExceptionGroup("errors", [ValueError("a"), TypeError("b"), ValueError("c")])
print(str(eg), "|", repr(eg))
print(eg.message, eg.exceptions, type(eg.exceptions).__name__)
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup), issubclass(ExceptionGroup, BaseExceptionGroup))

sub = eg.subgroup(ValueError)
print(repr(sub))
print(eg.subgroup(KeyError))
print(repr(eg.subgroup(lambda e: "b" in str(e))))
print(eg.subgroup(Exception) is eg)

match, rest = eg.split(TypeError)
print(repr(match), "|", repr(rest))
match, rest = eg.split((ValueError, TypeError))
print(match is eg, rest)
match, rest = eg.split(OSError)
print(match, repr(rest) == repr(eg))

nested = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
print(repr(nested.subgroup(ValueError)))
print(repr(nested.split(TypeError)[0]))
print(str(ExceptionGroup("one", [ValueError()])), str(ExceptionGroup("two", [ValueError(), KeyError()])))

# BaseExceptionGroup picks ExceptionGroup when all are Exceptions
beg = BaseExceptionGroup("base", [ValueError()])
print(type(beg).__name__)
beg2 = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(beg2).__name__, isinstance(beg2, Exception))

for bad in [lambda: ExceptionGroup("x", []),
            lambda: ExceptionGroup("x", [1]),
            lambda: ExceptionGroup("x", ValueError()),
            lambda: ExceptionGroup(1, [ValueError()]),
            lambda: ExceptionGroup("x", [KeyboardInterrupt()]),
            lambda: ExceptionGroup("x")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# derive keeps the class only through the override
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "*", excs)
mg = MyGroup("mine", [ValueError(1), KeyError(2)])
print(repr(mg.subgroup(ValueError)), type(mg.split(KeyError)[1]).__name__)
class PlainSub(ExceptionGroup):
    pass
ps = PlainSub("plain", [ValueError(1), KeyError(2)])
print(type(ps.subgroup(ValueError)).__name__)

# notes and tracebacks are copied to the derived groups
eg = ExceptionGroup("noted", [ValueError(1), KeyError(2)])
eg.add_note("a note")
print(eg.subgroup(ValueError).__notes__)
print(eg.args)
