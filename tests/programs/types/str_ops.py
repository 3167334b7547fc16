# str operators and protocol methods: + * in == < hash-free, iteration, str(), repr(), subclassing,
# immutability, comparisons with other types, interning-free identity tests avoided.
a, b = "abc", "abd"
print(a + b, a * 3, 3 * a, a * 0, a * -2, "" * 10, a < b, a <= a, b > a, a != b, a == "abc", "Abc" < "abc", "abc" < "abcd", "" < "a")
print("b" in a, "bc" in a, "" in a, "x" not in a, [c for c in a], list(a), tuple("xy"), "-".join(reversed(a)), sorted("cba"))
print(len(""), len("a" * 1000), ("ab" * 3)[3:], min(a), max(b), sum(map(ord, a)), a.__add__("x"), a.__mul__(2), a.__rmul__(2))
print(a == 1, a != None, a.__eq__(1), a.__lt__(1), "a" == "a" * 1, str.__eq__("x", "x"))
for f in (lambda: a + 1, lambda: 1 + a, lambda: a * "2", lambda: a * 1.5, lambda: a < 1, lambda: a - "a", lambda: -a,
          lambda: a * (2 ** 63), lambda: a[1.0]):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
x = "start"
x += "-more"
x *= 2
print(x)
class Name(str):
    def shout(self):
        return self.upper() + "!"
    def __repr__(self):
        return "Name(" + str.__repr__(self) + ")"
n = Name("ann")
print(n, repr(n), n.shout(), n + "x", type(n + "x").__name__, type(n[0]).__name__, type(str(n)).__name__, n == "ann", isinstance(n, str))
print(type(n.upper()).__name__, type(n * 2).__name__, type(n.strip()).__name__, type("%s" % n).__name__, str(n) is not n)
class Lower(str):
    def __new__(cls, v):
        return super().__new__(cls, v.lower())
print(Lower("ABC"), type(Lower("X")).__name__, Lower("Q") == "q")
class S:
    def __str__(self):
        return "custom str"
class R:
    def __repr__(self):
        return "custom repr"
class BadStr:
    def __str__(self):
        return 5
print(str(S()), str(R()), repr(R()), "%s" % R(), f"{R()}", [R()], str([S()])[:2])
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[0] = "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.newattr = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    "abc".nosuch()
except AttributeError as e:
    print(type(e).__name__, e)
it = iter("hé🐍")
print(next(it), next(it), next(it), next(it, "end"), type(iter("")).__name__)
print(str.__mro__, str.__name__, type("").__name__, "".__class__, str("x", errors="strict") if False else "")
print(str(b"a", encoding="ascii"), str(object="obj"), str(5), str([1, "a"]), str(None), str(...), str(str))
try:
    str(1, "utf-8")
except TypeError as e:
    print(type(e).__name__, e)
