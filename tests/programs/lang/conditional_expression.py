# Conditional expressions: laziness, nesting, precedence.
def pick(flag):
    return "yes" if flag else "no"
print(pick(1), pick(0), pick([]), pick("x"))

log = []
def side(name, v):
    log.append(name)
    return v
r = side("a", 1) if side("cond", True) else side("b", 2)
print(r, log); log.clear()
r = side("a", 1) if side("cond", False) else side("b", 2)
print(r, log); log.clear()

def sign(n):
    return "neg" if n < 0 else "zero" if n == 0 else "pos"
print([sign(n) for n in (-3, 0, 3)])

x = 5
print(x if x > 3 else -x, (1 if False else 2) + 10, 1 if True else 2 + 10)
print([i if i % 2 else -i for i in range(6)])
print(lambda_value := (lambda v: "big" if v > 100 else "small")(150))
print("a" + ("b" if 0 else "c") + "d")
t = 1, 2 if False else 3
print(t)
print(not 1 if 0 else "z")
nested = (("A" if x > 4 else "B") if x > 0 else ("C" if x > -4 else "D"))
print(nested)
