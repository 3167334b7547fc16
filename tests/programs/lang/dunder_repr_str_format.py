# __repr__, __str__, __format__: which one print, str(), repr(), f-strings, containers and format() use.
class Both:
    def __repr__(self):
        return "Both-repr"
    def __str__(self):
        return "Both-str"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly-repr"
class StrOnly:
    def __str__(self):
        return "StrOnly-str"
b, r, s = Both(), ReprOnly(), StrOnly()
print(b, r, str(b), repr(b), str(r), f"{b}", f"{b!r}", f"{r}")
print([b, r], (b,), {"k": b}, {b: 1} if False else "", str([b]))
print(s, str(s), f"{s}", repr(s).startswith("<__main__.StrOnly object at"))
print("%s %r" % (b, b), "{} {!r}".format(b, b), format(b), format(r))

class Money:
    def __init__(self, amount):
        self.amount = amount
    def __format__(self, spec):
        if spec == "":
            return f"${self.amount}"
        if spec.endswith("c"):
            return f"{int(self.amount * 100):{spec[:-1]}d}c"
        return f"${self.amount:{spec}}"
m = Money(12.5)
print(f"{m}", f"{m:.2f}", f"{m:>10.1f}", format(m, "8c"), "{:.3f}".format(m), "{0:}".format(m))

class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class BadFormat:
    def __format__(self, spec):
        return 1
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(object(), "spec")
except TypeError as e:
    print(type(e).__name__, e)

# str subclass results are accepted
class S(str):
    pass
class ReturnsSub:
    def __repr__(self):
        return S("subclass repr")
print(repr(ReturnsSub()), type(repr(ReturnsSub())).__name__)

# repr of nested containers calls each element's __repr__
class Tag:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"<{self.n}>"
print([Tag(1), [Tag(2), (Tag(3),)], {Tag(4).n: Tag(5)}])
print(str(Tag(1)), f"{Tag(2)!s}", ascii(Tag(3)))

# __str__ defaults to __repr__, not the other way round
class Inherit(Both):
    def __repr__(self):
        return "Inherit-repr"
print(Inherit(), repr(Inherit()))
class ReprUnicode:
    def __repr__(self):
        return "caf\u00e9 \u2603"
print(repr(ReprUnicode()), ascii(ReprUnicode()), [ReprUnicode()])
