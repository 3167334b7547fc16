# reversed() respects its subclass (tp_alloc of the type called) and takes keywords only
# when a subclass defines its own __init__, as the other built-in iterator constructors.
class R(reversed):
    pass
r = R("abc")
print(type(r).__name__, list(r))
class R2(reversed):
    def __init__(self, seq, tag=None):
        self.tag = tag
r2 = R2("xy", tag=5)
print(type(r2).__name__, r2.tag, list(r2))
try:
    reversed("ab", x=1)
except TypeError as e:
    print("TypeError:", e)
try:
    R("ab", x=1)
except TypeError as e:
    print("TypeError:", e)
print(R("abc").__reduce__()[0] is R)
class R3(reversed):
    def __new__(cls, seq):
        return super().__new__(cls, seq)
r3 = R3([1, 2, 3])
print(type(r3).__name__, list(r3), list(r3))
print(type(R([1, 2])).__name__)
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
r4 = R(Seq())
print(type(r4).__name__, r4.__length_hint__(), next(r4), list(r4), r4.__length_hint__())
