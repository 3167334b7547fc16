# Native recursive paths raise RecursionError instead of overflowing the interpreter's stack:
# repr/str/==/< of deeply nested containers, __getattr__/__getattribute__ chains, a __repr__
# calling itself, copy.deepcopy of a deep structure.
import copy


def nest(make, n):
    x = make(None)
    for _ in range(n):
        x = make(x)
    return x


def attempt(label, f, message=True):
    try:
        r = f()
        print(label, "ok", type(r).__name__)
    except RecursionError as e:
        print(label, "RecursionError", e if message else "")


N = 200000
lst = nest(lambda x: [x], N)
tup = nest(lambda x: (x,), N)
dct = nest(lambda x: {1: x}, N)
attempt("repr list", lambda: repr(lst))
attempt("repr tuple", lambda: repr(tup))
attempt("repr dict", lambda: repr(dct))
attempt("str list", lambda: str(lst))
attempt("eq list", lambda: lst == nest(lambda x: [x], N))
attempt("lt tuple", lambda: tup < nest(lambda x: (x,), N))
attempt("eq dict", lambda: dct == nest(lambda x: {1: x}, N))


class Chain:
    def __getattr__(self, name):
        return getattr(self, name + "x")


class Loop:
    def __getattribute__(self, name):
        return getattr(self, name)


class SelfRepr:
    def __repr__(self):
        return repr(self)


# (The messages differ: taipan adds " while calling a Python object".)
attempt("__getattr__ chain", lambda: Chain().a, message=False)
attempt("__getattribute__ loop", lambda: Loop().a, message=False)
attempt("__repr__ loop", lambda: repr(SelfRepr()))


def down(n):
    return down(n + 1)


attempt("python recursion", lambda: down(0))
attempt("deepcopy", lambda: copy.deepcopy(nest(lambda x: [x], 100000)))
attempt("after all that", lambda: repr(nest(lambda x: [x], 10)))
