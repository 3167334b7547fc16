# subclasses of weakref.ref with extra state (as weakref.KeyedRef), repr, callbacks order
import _weakref


class KeyedRef(_weakref.ref):
    __slots__ = ("key",)

    def __new__(type, ob, callback, key):
        self = _weakref.ref.__new__(type, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class MyRef(_weakref.ref):
    pass


class Obj:
    pass


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


o = Obj()
seen = []
k = KeyedRef(o, lambda w: seen.append(w.key), "k1")
m = MyRef(o)
m.extra = 5
print(k.key, k() is o, m() is o, m.extra, type(m).__name__)
print(isinstance(k, _weakref.ref), m is _weakref.ref(o))
print(clean(repr(_weakref.ref(o))))


def func():
    pass


print(clean(repr(_weakref.ref(func))))
print(clean(repr(_weakref.ref(Obj))))
order = []
a = _weakref.ref(o, lambda w: order.append("a"))
b = _weakref.ref(o, lambda w: order.append("b"))
c = _weakref.ref(o, lambda w: order.append("c"))
del o
print(seen, order)
print(clean(repr(k)), k(), m())
print(_weakref.ref[int])
