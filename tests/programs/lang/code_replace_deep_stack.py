# code.replace() keeps code whose stack is deep: the verifier knows which of the stack's items
# may be NULL however deep they lie (nested calls keep a NULL and a callable per level).
def f(*a):
    return a[0] + 1 if a else 0

for depth in (10, 40, 150):
    src = "def g(x):\n    return " + "f(" * depth + "x" + ")" * depth + "\n"
    ns = {"f": f}
    exec(compile(src, "<s>", "exec"), ns)
    g = ns["g"]
    g2 = type(g)(g.__code__.replace(co_name="g2"), ns)
    print(depth, g2(0), g2.__code__.co_stacksize >= 2 * depth)

src = "def h(x):\n    return f(*(" + "f(" * 33 + "x" + ")" * 33 + ",))\n"
ns = {"f": f}
exec(compile(src, "<s>", "exec"), ns)
h2 = type(ns["h"])(ns["h"].__code__.replace(co_name="h2"), ns)
print(h2(1))
