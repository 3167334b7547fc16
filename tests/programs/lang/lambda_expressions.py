# lambda: arguments of every kind, closures, immediate calls, names.
square = lambda x: x * x
print(square(7), square.__name__, square.__qualname__)
add = lambda a, b=10, *rest, key=None, **kw: (a + b, rest, key, kw)
print(add(1), add(1, 2, 3, key="k", z=0))
print((lambda: "no args")())
print((lambda *a: a)(1, 2), (lambda **k: k)(x=1))
print((lambda a, /, b: a - b)(10, b=3))
print(sorted(["banana", "Apple", "cherry"], key=lambda s: s.lower()))
print(sorted([(1, "b"), (2, "a"), (1, "a")], key=lambda t: (t[1], -t[0])))
print(list(map(lambda x: x ** 2, range(5))), list(filter(lambda x: x % 2, range(10))))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(10) for m in make_multipliers()])
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
nested = lambda x: (lambda y: (lambda z: x + y + z))
print(nested(1)(2)(3))
print(nested.__code__.co_consts[1].co_name if False else "skip")
class K:
    method = lambda self, v: ("method", v)
    static = staticmethod(lambda v: ("static", v))
print(K().method(1), K.static(2), K.method.__qualname__)
def outer():
    return lambda: 1
print(outer().__qualname__, outer().__name__)
cond = lambda x: "pos" if x > 0 else ("zero" if x == 0 else "neg")
print([cond(v) for v in (-1, 0, 1)])
print((lambda x: (yield x)) and "lambda generator defined")
gen_lambda = lambda: (yield 1)
print(list(gen_lambda()))
try:
    square()
except TypeError as e:
    print(type(e).__name__, e)
