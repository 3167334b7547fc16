# weakref.proxy forwards attributes, operators, calls, iteration; dead proxies raise
import _weakref


class V:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return V(self.v + (o.v if isinstance(o, V) else o))

    def __radd__(self, o):
        return V(o + self.v)

    def __len__(self):
        return 3

    def __getitem__(self, i):
        return i * 10

    def __iter__(self):
        return iter([1, 2])

    def __eq__(self, o):
        return isinstance(o, V) and o.v == self.v

    def __lt__(self, o):
        return self.v < o.v

    def __str__(self):
        return f"V{self.v}"

    def __call__(self, *a, **k):
        return ("called", a, k)

    def __bool__(self):
        return self.v != 0

    def __contains__(self, x):
        return x == 42


def clean(s):
    out = []
    i = 0
    while i < len(s):
        if s.startswith("0x", i):
            out.append("ADDR")
            i += 2
            while i < len(s) and s[i] in "0123456789abcdef":
                i += 1
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


x = V(4)
p = _weakref.proxy(x)
print(type(p).__name__, p.v, (p + 1).v, (1 + p).v, len(p), p[2], list(p))
print(p == V(4), p < V(5), str(p), p(1, k=2), bool(p), 42 in p, 41 in p)
p.w = 9
print(x.w, _weakref.proxy(x) is p, _weakref.getweakrefcount(x))
del p.w
print(hasattr(x, "w"))
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)


class Plain:
    pass


pl = Plain()
pp = _weakref.proxy(pl)
print(type(pp).__name__)
print(clean(repr(pp)))
got = []
cp = _weakref.proxy(pl, lambda w: got.append(w is cp))
del pl
print(got)
try:
    pp.x
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    str(pp)
except ReferenceError as e:
    print("ReferenceError:", e)
