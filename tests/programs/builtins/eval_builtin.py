# eval(): expressions only, globals/locals mappings (including non-dict locals), __builtins__
# injection and restriction, access to enclosing names, and the errors for statements/bad types.
x = 10
print(eval("x + 1"), eval("x * y", {"x": 3, "y": 4}), eval("x + y", {"x": 1}, {"y": 2}), eval(" 5 "), eval("\n(6)\n"))
def f():
    local = 7
    return eval("local * 2"), eval("x", {"x": "explicit"})
print(f())
g = {}
print(eval("len('abc')", g), "__builtins__" in g, sorted(k for k in g))
try:
    eval("len('a')", {"__builtins__": {}})
except NameError as e:
    print(type(e).__name__, e)
print(eval("min(3, 1)", {"__builtins__": {"min": min}}))
class Locals:
    def __getitem__(self, k):
        if k == "magic":
            return 42
        raise KeyError(k)
print(eval("magic + 1", {}, Locals()))
try:
    eval("other", {}, Locals())
except NameError as e:
    print(type(e).__name__, e)
for src in ("x = 1", "import sys", "def f(): pass", "1 +", ""):
    try:
        print(repr(eval(src)))
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
for args in ((5,), ("1", 5), ("1", {}, 5), ()):
    try:
        eval(*args)
    except TypeError as e:
        print(type(e).__name__, e)
print(eval(compile("2 ** 10", "<c>", "eval")), eval(b"'bytes src'"), eval("[i * i for i in range(4)]"), eval("{'k': (1, 2)}"))
ns = {"a": 1}
eval("[a for _ in range(2)]", ns)
print(sorted(k for k in ns if k != "__builtins__"), eval("(lambda q: q + a)(1)", ns))
try:
    eval("1 / 0")
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(eval("__name__"), eval("__name__", {"__name__": "custom"}), eval("x", None, {"x": "locals only"}))
