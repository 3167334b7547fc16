# An algebraic simplifier: class patterns nested in class patterns, guards, literals, and recursion with match.
class Expr:
    pass
class Num(Expr):
    __match_args__ = ("v",)
    def __init__(self, v): self.v = v
    def __repr__(self): return str(self.v)
class Var(Expr):
    __match_args__ = ("name",)
    def __init__(self, name): self.name = name
    def __repr__(self): return self.name
class Add(Expr):
    __match_args__ = ("a", "b")
    def __init__(self, a, b): self.a, self.b = a, b
    def __repr__(self): return f"({self.a!r} + {self.b!r})"
class Mul(Expr):
    __match_args__ = ("a", "b")
    def __init__(self, a, b): self.a, self.b = a, b
    def __repr__(self): return f"({self.a!r} * {self.b!r})"
class Neg(Expr):
    __match_args__ = ("a",)
    def __init__(self, a): self.a = a
    def __repr__(self): return f"-{self.a!r}"

def simplify(e):
    match e:
        case Add(a, b):
            a, b = simplify(a), simplify(b)
            match a, b:
                case (Num(0), x) | (x, Num(0)):
                    return x
                case Num(x), Num(y):
                    return Num(x + y)
                case x, Neg(y) if repr(x) == repr(y):
                    return Num(0)
                case _:
                    return Add(a, b)
        case Mul(a, b):
            a, b = simplify(a), simplify(b)
            match a, b:
                case (Num(0), _) | (_, Num(0)):
                    return Num(0)
                case (Num(1), x) | (x, Num(1)):
                    return x
                case Num(x), Num(y):
                    return Num(x * y)
                case (Num(-1), x) | (x, Num(-1)):
                    return simplify(Neg(x))
                case _:
                    return Mul(a, b)
        case Neg(Neg(x)):
            return simplify(x)
        case Neg(Num(v)):
            return Num(-v)
        case Neg(x):
            return Neg(simplify(x))
        case Num() | Var():
            return e
        case _:
            raise TypeError(f"not an expression: {e!r}")

x, y = Var("x"), Var("y")
cases = [
    Add(Num(0), x),
    Mul(x, Num(1)),
    Add(Num(2), Num(3)),
    Mul(Add(Num(1), Num(1)), Add(x, Num(0))),
    Mul(Num(0), Add(x, y)),
    Neg(Neg(Neg(x))),
    Add(x, Neg(x)),
    Mul(Num(-1), Add(y, Num(0))),
    Add(Mul(Num(2), Num(3)), Mul(x, Add(Num(0), Num(1)))),
    Neg(Num(5)),
]
for c in cases:
    print(f"{c!r:40} => {simplify(c)!r}")
try:
    simplify(Add(x, "oops"))
except TypeError as e:
    print(type(e).__name__, e)
