# A reverse-Polish calculator: a stack class, an operator table of lambdas, custom errors, and a session.
class CalcError(Exception):
    pass

class StackUnderflow(CalcError):
    def __init__(self, op, need, have):
        super().__init__(f"{op!r} needs {need} operand(s), stack has {have}")

class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
    def pop(self, n, op):
        if len(self._items) < n:
            raise StackUnderflow(op, n, len(self._items))
        out = self._items[-n:]
        del self._items[-n:]
        return out
    def __len__(self):
        return len(self._items)
    def __repr__(self):
        return f"Stack{self._items}"

def divide(a, b):
    if b == 0:
        raise CalcError("division by zero")
    return a // b if isinstance(a, int) and isinstance(b, int) and a % b == 0 else a / b

OPS = {
    "+": (2, lambda a, b: a + b),
    "-": (2, lambda a, b: a - b),
    "*": (2, lambda a, b: a * b),
    "/": (2, divide),
    "^": (2, lambda a, b: a ** b),
    "neg": (1, lambda a: -a),
    "dup": (1, lambda a: (a, a)),
    "swap": (2, lambda a, b: (b, a)),
    "sum": (None, None),
}

def evaluate(text):
    stack = Stack()
    for token in text.split():
        if token in OPS:
            arity, fn = OPS[token]
            if arity is None:
                stack.push(sum(stack.pop(len(stack), token)))
                continue
            result = fn(*stack.pop(arity, token))
            for r in result if isinstance(result, tuple) else (result,):
                stack.push(r)
        else:
            try:
                stack.push(int(token))
            except ValueError:
                try:
                    stack.push(float(token))
                except ValueError:
                    raise CalcError(f"unknown token {token!r}") from None
    if len(stack) != 1:
        raise CalcError(f"expected one result, got {stack!r}")
    return stack.pop(1, "end")[0]

session = [
    "3 4 +",
    "5 1 2 + 4 * + 3 -",
    "2 10 ^",
    "7 2 /",
    "8 2 /",
    "1.5 2 *",
    "3 dup *",
    "1 2 swap -",
    "1 2 3 4 sum",
    "4 neg",
    "1 0 /",
    "+",
    "1 2",
    "2 x +",
    "",
]
for line in session:
    try:
        print(f"{line!r:22} = {evaluate(line)!r}")
    except StackUnderflow as e:
        print(f"{line!r:22} ! underflow: {e}")
    except CalcError as e:
        print(f"{line!r:22} ! {e} (cause: {e.__cause__!r}, suppressed: {e.__suppress_context__})")
