# Setting and deleting a class's special attributes: built-in types refuse before any
# descriptor runs (type_setattro), the getsets check (check_set_special_type_attr).


class A:
    pass


NAMES = ["__module__", "__doc__", "__name__", "__qualname__", "__annotations__",
         "__abstractmethods__", "__bases__", "foo"]

for n in NAMES:
    for op in ("set", "del", "descr"):
        for t in (A, int):
            try:
                if op == "set":
                    setattr(t, n, "x" if n != "__bases__" else (object,))
                elif op == "del":
                    delattr(t, n)
                else:
                    type.__dict__[n].__set__(t, 5)
                print(n, op, t.__name__, "ok")
            except Exception as e:
                print(n, op, t.__name__, type(e).__name__, e)
    A = type("A", (), {})

# Nothing leaked into the built-in type.
print(int.__qualname__, int.__name__, int.__module__)
print("__abstractmethods__" in int.__dict__, "foo" in int.__dict__)

# Assigning the wrong type.
B = type("B", (), {})
for n, v in [("__name__", 1), ("__qualname__", 2), ("__bases__", ()), ("__bases__", [object])]:
    try:
        setattr(B, n, v)
        print(n, "ok")
    except TypeError as e:
        print(n, type(e).__name__, e)
B.__qualname__ = "Outer.B"
B.__module__ = "m"
print(B.__qualname__, B.__module__, repr(B))
try:
    object.__setattr__(int, "__qualname__", "y")
except TypeError as e:
    print(type(e).__name__, e)
try:
    type.__setattr__(int, "__doc__", "y")
except TypeError as e:
    print(type(e).__name__, e)
print(int.__qualname__)
