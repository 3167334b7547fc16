# Forms of yield: yield tuples, yield in expressions, yield with no value, precedence with await and lambda.
def forms():
    x = yield 1, 2
    print("  x =", x)
    y = (yield) or "default"
    print("  y =", y)
    z = [(yield "first"), (yield "second")]
    print("  z =", z)
    w = yield from [10, 20]
    print("  w =", w)
    v = 1 + (yield "in arithmetic")
    print("  v =", v)
    print("  call arg", (yield "as argument"))
    return "done"

g = forms()
print(next(g))
print(g.send("sent-x"))
print(g.send(None))
print(g.send("a"))
print(g.send("b"))
print(next(g))
print(next(g))
print(g.send(41))
try:
    g.send("printed")
except StopIteration as e:
    print("returned", e.value)

def yields_in_conditions():
    if (yield "cond"):
        yield "truthy branch"
    else:
        yield "falsy branch"
g1 = yields_in_conditions()
print(next(g1), g1.send(1))
g2 = yields_in_conditions()
print(next(g2), g2.send(0))

def yield_in_loop_header():
    for item in (yield "give me a list"):
        yield item * 2
g3 = yield_in_loop_header()
print(next(g3), g3.send([1, 2, 3]), list(g3))

def yield_dict():
    d = {"k": (yield "key value?")}
    yield d
g4 = yield_dict()
next(g4)
print(g4.send("v"))

gen_lambda = lambda: ((yield 1), (yield 2))
gl = gen_lambda()
print(next(gl), gl.send("a"), end=" ")
try:
    gl.send("b")
except StopIteration as e:
    print("lambda generator returned", e.value)

async def awaits():
    class A:
        def __await__(self):
            return (yield "suspended")
    value = await A() or "awaited default"
    return value
c = awaits()
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
for src in ["x = yield = 1", "def f():\n    yield = 1", "[(yield) for i in x]", "def f():\n    return (yield)"]:
    try:
        compile(src, "<yield>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg)
