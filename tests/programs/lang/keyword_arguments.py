# Keyword arguments: order independence, mixing with positionals, defaults, **kwargs collection order, evaluation order.
def describe(name, age, city="nowhere", *, verbose=False):
    base = f"{name} ({age}) from {city}"
    return base + " [verbose]" if verbose else base
print(describe("Ann", 30))
print(describe(age=25, name="Bob"))
print(describe("Cy", city="Paris", age=40))
print(describe("Di", 22, "Rome", verbose=True))
print(describe(verbose=True, city="Oslo", age=1, name="Ed"))

log = []
def arg(label, value):
    log.append(label)
    return value
describe(arg("pos1", "X"), city=arg("kw city", "Y"), age=arg("kw age", 1))
print("evaluation order:", log)

def collect(**kwargs):
    return list(kwargs.items())
print(collect(b=1, a=2, c=3))
print(collect(**{"z": 1}, y=2, **{"x": 3}))

def mixed(a, b=2, **rest):
    return a, b, rest
print(mixed(1, c=3), mixed(a=1, b=5, d=4), mixed(1, 2, a_=1))

# keyword names that are keywords in other languages or shadow builtins
def odd_names(list=None, type="t", id=0):
    return list, type, id
print(odd_names(list=[1], type="x", id=5))

# keyword arguments to builtins and methods
print(sorted([3, 1, 2], reverse=True), "a-b-c".split(sep="-", maxsplit=1), int("ff", base=16))
print(dict(a=1, b=2), "{x}-{y}".format(y=2, x=1), max([1, 5, 3], key=lambda v: -v), print.__name__)
try:
    "abc".split(sep="b", bad=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(obj=[1])
except TypeError as e:
    print(type(e).__name__, e)

# keyword-only after *args
def join(*parts, sep=" ", end=""):
    return sep.join(parts) + end
print(join("a", "b"), join("a", "b", sep="+", end="!"))

# duplicate keyword argument is a syntax error
try:
    compile("f(a=1, a=2)", "<kw>", "eval")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    compile("f(a=1, 2)", "<kw>", "eval")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    compile("f(**k, *a)", "<kw>", "eval")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
