# Name resolution: local, enclosing, global, builtin; shadowing builtins.
x = "global x"

def local_wins():
    x = "local x"
    return x
print(local_wins())

def enclosing():
    x = "enclosing x"
    def inner():
        return x
    return inner()
print(enclosing())

def reads_global():
    return x
print(reads_global())

print(len("abc"))
def shadow_builtin():
    len = lambda s: "shadowed"
    return len("abc")
print(shadow_builtin(), len("abc"))

len = lambda s: "global shadow"
print(len("abc"))
del len
print(len("abc"))

print(__builtins__.len is len, type(__builtins__).__name__)

def uses_builtin_later():
    return max([3, 1, 2])
max = min
print(uses_builtin_later())
del max
print(uses_builtin_later())

# a name is local for the whole function body if assigned anywhere in it
def decides_at_compile_time():
    try:
        return x
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"
    x = "never"
print(decides_at_compile_time())

def conditional_assignment(flag):
    if flag:
        y = "assigned"
    try:
        return y
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"
print(conditional_assignment(True), "|", conditional_assignment(False))

# class scopes are skipped by nested functions, but seen by the class body itself
y = "global y"
class C:
    y = "class y"
    seen_in_body = y
    def method(self):
        return y
    comp = [y for _ in range(1)]
print(C.seen_in_body, C().method(), C.comp)

def function_with_class():
    z = "function z"
    class D:
        z = "class z"
        def m(self):
            return z
        in_body = z
    return D().m(), D.in_body
print(function_with_class())

def class_reads_enclosing():
    w = "enclosing w"
    class E:
        got = w
    return E.got
print(class_reads_enclosing())

try:
    print(undefined_anywhere)
except NameError as e:
    print(type(e).__name__, e)

def nested_undefined():
    def inner():
        return also_undefined
    return inner()
try:
    nested_undefined()
except NameError as e:
    print(type(e).__name__, e)
