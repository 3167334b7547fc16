# Annotations: functions, variables at module and class level, evaluation and storage.
def f(a: int, b: "str" = "x", *args: float, key: bool = True, **kw: dict) -> list:
    return [a, b]
print(f.__annotations__)
print(f(1))

def no_annotations(a, b):
    pass
print(no_annotations.__annotations__)

def partial(a, b: int):
    pass
print(partial.__annotations__)

x: int = 5
y: str
print(x, __annotations__)
try:
    print(y)
except NameError as e:
    print(type(e).__name__, e)

class C:
    field: int
    other: "list[int]" = []
    count: int = 0
print(C.__annotations__, C.count, hasattr(C, "field"))

# annotation expressions are evaluated (without the future import)
evaluated = []
def note(v):
    evaluated.append(v)
    return v
def g(p: note("param")) -> note("return"):
    pass
print(evaluated, g.__annotations__)
z: note("module var") = 1
print(evaluated[-1])

# annotations of complex targets are evaluated but not stored
class Obj:
    pass
o = Obj()
o.attr: note("attribute target") = 10
d = {}
d["k"]: note("subscript target") = 20
print(o.attr, d, evaluated[-2:])
print("attr" in __annotations__, sorted(__annotations__))

# local annotations are not stored anywhere
def local_annot():
    v: int = 3
    w: str
    return v, "w" in locals()
print(local_annot())

# annotations on lambdas are not allowed; on methods they work
class M:
    def method(self, n: int) -> "M":
        return self
print(M.method.__annotations__)

f.__annotations__ = {"replaced": True}
print(f.__annotations__)
def h(a: 1 + 2, b: [1, 2][0]):
    pass
print(h.__annotations__)
