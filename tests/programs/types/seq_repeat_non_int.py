# Sequence repetition (sq_repeat): the dunder methods take only an index, and `*` with a
# non-index names the non-index's type, for every built-in sequence that repeats.
import array
import collections

class S(str):
    pass
class L(list):
    pass
class Idx:
    def __index__(self):
        return 2

seqs = ["ab", b"ab", bytearray(b"ab"), [1], (1,), array.array("i", [1]),
        collections.deque([1]), S("ab"), L([1])]
for s in seqs:
    name = type(s).__name__
    for meth in ("__mul__", "__rmul__", "__imul__"):
        f = getattr(s.copy() if hasattr(s, "copy") else s, meth, None)
        if f is None:
            continue
        for n in ("", 1.5, None, Idx(), 2):
            try:
                r = f(n)
                print(name, meth, type(n).__name__, "->", r if r is NotImplemented else len(r))
            except TypeError as e:
                print(name, meth, type(n).__name__, "TypeError", e)
    for n in ("", 1.5, None):
        for expr in ("s * n", "n * s"):
            try:
                eval(expr)
                print(name, expr, repr(n), "ok")
            except TypeError as e:
                print(name, expr, repr(n), "TypeError", e)
print(len("ab" * Idx()), len(Idx() * [1]))
# taipan's own flag bit does not show in __flags__.
for cls in (str, bytes, list, tuple, S):
    print(cls.__name__, cls.__flags__ >> 32)
