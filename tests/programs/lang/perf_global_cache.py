# LOAD_GLOBAL's cache: globals rebound, deleted, builtins shadowed and unshadowed after warm-up.
import builtins

x = 1


def read_x():
    return x


def call_len(s):
    return len(s)


for i in range(5):
    read_x()
    call_len("ab")

x = 2
print(read_x())
del x
try:
    read_x()
except NameError as e:
    print("NameError:", e)
x = 3
print(read_x())


def len(s):
    return "shadowed " + str(builtins.len(s))


print(call_len("abc"))
del len
print(call_len("abcd"))

real_len = builtins.len
builtins.len = lambda s: "patched builtin"
print(call_len("abcde"))
del builtins.len
try:
    call_len("x")
except NameError as e:
    print("NameError:", e)
builtins.len = real_len
print(call_len("xy"))


# Many globals added after warm-up (the globals dict grows and is rebuilt).
def read_y():
    return y


y = "y0"
for i in range(3):
    read_y()
for i in range(100):
    globals()["g%d" % i] = i
print(read_y(), g99)
y = "y1"
print(read_y())


# The same code object run with other globals.
src = compile("def f():\n    return z\n", "<s>", "exec")
g1 = {"z": "first"}
g2 = {"z": "second"}
exec(src, g1)
exec(src, g2)
for i in range(3):
    print(g1["f"](), g2["f"]())
g1["z"] = "changed"
print(g1["f"](), g2["f"]())
del g2["z"]
try:
    g2["f"]()
except NameError as e:
    print("NameError:", e)
