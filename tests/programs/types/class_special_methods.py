# Other special methods on user classes: __repr__/__str__/__format__ interplay, __bool__ vs __len__,
# __hash__/__eq__ rules (setting __eq__ removes __hash__), __call__, __new__ vs __init__ order and
# return values, __del__-free, __class_getitem__, __init__ returning a value.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return "Money(%d)" % self.cents
    def __str__(self):
        return "$%d.%02d" % divmod(self.cents, 100)
    def __format__(self, spec):
        if spec == "cents":
            return "%d¢" % self.cents
        return format(str(self), spec)
m = Money(1234)
print(m, repr(m), str(m), [m], (m,), {"k": m}, f"{m}", f"{m!r}", f"{m:cents}", f"{m:>10}|", "%s %r" % (m, m), format(m))
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
print(str(OnlyRepr()), f"{OnlyRepr()}", OnlyRepr())
class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly.__hash__)
class EqHash:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, EqHash) and self.k == o.k
    def __hash__(self):
        return hash(self.k)
s = {EqHash(1), EqHash(1), EqHash(2)}
print(len(s), EqHash(2) in s, {EqHash("a"): 1}[EqHash("a")])
class InheritsHash(EqHash):
    pass
print(hash(InheritsHash(5)) == hash(5))
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, twice=False):
        return (x + self.n) * (2 if twice else 1)
add5 = Adder(5)
print(add5(1), add5(1, twice=True), callable(add5), callable(Adder), list(map(add5, [1, 2])))
order = []
class Tracked:
    def __new__(cls, *args):
        order.append(("new", args))
        return super().__new__(cls)
    def __init__(self, *args):
        order.append(("init", args))
Tracked(1, 2)
print(order)
class ReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(ReturnsOther())
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)
class Generic:
    def __class_getitem__(cls, item):
        return "%s[%s]" % (cls.__name__, item.__name__ if isinstance(item, type) else item)
print(Generic[int], Generic["x"], list[int], dict[str, int], tuple[int, ...])
class BoolLen:
    def __len__(self):
        return 0
    def __bool__(self):
        return True
print(bool(BoolLen()), len(BoolLen()), "truthy" if BoolLen() else "falsy")
class Ctx:
    def __enter__(self):
        print("enter")
        return "resource"
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev)
        return et is KeyError
with Ctx() as r:
    print("inside", r)
with Ctx():
    raise KeyError("suppressed")
print("after suppressed")
try:
    with Ctx():
        raise ValueError("propagates")
except ValueError as e:
    print("caught", e)
class NotCtx:
    pass
try:
    with NotCtx():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
