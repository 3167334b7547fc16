# A tiny expression language: tokenizer (generator), recursive-descent parser (classes), evaluator (match).
class Token:
    __match_args__ = ("kind", "text")
    def __init__(self, kind, text):
        self.kind, self.text = kind, text
    def __repr__(self):
        return f"{self.kind}:{self.text}"

def tokenize(src):
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            yield Token("num", src[i:j])
            i = j
        elif ch.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            word = src[i:j]
            yield Token("kw" if word in ("let", "in", "if", "then", "else") else "name", word)
            i = j
        elif ch in "+-*/()=<":
            yield Token("op", ch)
            i += 1
        else:
            raise SyntaxError(f"unexpected character {ch!r} at {i}")
    yield Token("eof", "")

class Num:
    __match_args__ = ("value",)
    def __init__(self, value): self.value = value
class Var:
    __match_args__ = ("name",)
    def __init__(self, name): self.name = name
class BinOp:
    __match_args__ = ("op", "left", "right")
    def __init__(self, op, left, right): self.op, self.left, self.right = op, left, right
class Let:
    __match_args__ = ("name", "value", "body")
    def __init__(self, name, value, body): self.name, self.value, self.body = name, value, body
class If:
    __match_args__ = ("cond", "then", "other")
    def __init__(self, cond, then, other): self.cond, self.then, self.other = cond, then, other

class Parser:
    def __init__(self, src):
        self.tokens = list(tokenize(src))
        self.pos = 0
    def peek(self):
        return self.tokens[self.pos]
    def take(self, kind=None, text=None):
        tok = self.peek()
        if (kind and tok.kind != kind) or (text and tok.text != text):
            raise SyntaxError(f"expected {text or kind}, got {tok!r}")
        self.pos += 1
        return tok
    def parse(self):
        e = self.expr()
        self.take("eof")
        return e
    def expr(self):
        match self.peek():
            case Token("kw", "let"):
                self.take()
                name = self.take("name").text
                self.take("op", "=")
                value = self.expr()
                self.take("kw", "in")
                return Let(name, value, self.expr())
            case Token("kw", "if"):
                self.take()
                cond = self.expr()
                self.take("kw", "then")
                then = self.expr()
                self.take("kw", "else")
                return If(cond, then, self.expr())
        return self.comparison()
    def comparison(self):
        left = self.sum()
        while self.peek().text == "<":
            self.take()
            left = BinOp("<", left, self.sum())
        return left
    def sum(self):
        left = self.product()
        while self.peek().text in ("+", "-"):
            op = self.take().text
            left = BinOp(op, left, self.product())
        return left
    def product(self):
        left = self.atom()
        while self.peek().text in ("*", "/"):
            op = self.take().text
            left = BinOp(op, left, self.atom())
        return left
    def atom(self):
        match self.take():
            case Token("num", text):
                return Num(int(text))
            case Token("name", text):
                return Var(text)
            case Token("op", "("):
                e = self.expr()
                self.take("op", ")")
                return e
            case Token("op", "-"):
                return BinOp("-", Num(0), self.atom())
            case tok:
                raise SyntaxError(f"unexpected {tok!r}")

def evaluate(node, env):
    match node:
        case Num(v):
            return v
        case Var(name):
            if name not in env:
                raise NameError(f"unbound variable {name!r}")
            return env[name]
        case BinOp("/", left, right):
            divisor = evaluate(right, env)
            if divisor == 0:
                raise ZeroDivisionError("division by zero in program")
            return evaluate(left, env) // divisor
        case BinOp(op, left, right):
            a, b = evaluate(left, env), evaluate(right, env)
            return {"+": a + b, "-": a - b, "*": a * b, "<": int(a < b)}[op]
        case Let(name, value, body):
            return evaluate(body, {**env, name: evaluate(value, env)})
        case If(cond, then, other):
            return evaluate(then if evaluate(cond, env) else other, env)

programs = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "let x = 5 in x * x - 1",
    "let x = 2 in let y = x * 10 in y + x",
    "if 1 < 2 then 100 else 200",
    "-3 * -(2 + 1)",
    "let a = 7 in if a < 5 then a else a / 2",
    "10 / (5 - 5)",
    "y + 1",
    "1 + ",
    "2 $ 3",
    "let = 4 in 1",
]
for src in programs:
    try:
        print(f"{src!r:40} => {evaluate(Parser(src).parse(), {})}")
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print(f"{src!r:40} => {type(e).__name__}: {e}")
print(list(tokenize("let x1 = 42 in x1")))
