# Assignment expressions (:=): in conditions, comprehensions, scoping rules.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
print(n)

values = iter([5, 4, 0, 7])
while (v := next(values)) != 0:
    print("value", v)
print("stopped at", v)

# in comprehensions the target binds in the enclosing scope
squares = [y for x in data if (y := x * x) > 10]
print(squares, y)
total = 0
running = [total := total + x for x in data]
print(running, total)

def f():
    [last := c for c in "abc"]
    return last
print(f())

def g():
    any((found := x) > 5 for x in [1, 7, 3])
    return found
print(g())

# in nested functions: binds locally
def outer():
    result = (inner_value := 10) * 2
    return result, inner_value
print(outer())

# parenthesized in various places
print((a := 1), (b := a + 1), a + b)
print([(c := i) for i in range(3)], c)
print({(k := i): k * 10 for i in range(2)} if False else "skip")
x = (w := 5) + (w := w * 2)
print(x, w)
def h(z=(dflt := 42)):
    return z
print(h(), dflt)

# lambda with walrus
fn = lambda: (q := 3) + q
print(fn())

# walrus in a while-loop parser
text = "12,34,56"
pos = 0
parts = []
while (comma := text.find(",", pos)) != -1:
    parts.append(text[pos:comma])
    pos = comma + 1
parts.append(text[pos:])
print(parts)

# in a class body the target binds in the class namespace
class C:
    attr = (tmp := 7) + 1
print(C.attr, C.tmp)
