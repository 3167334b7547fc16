# Class body scope edge cases: locals() in the body, reading globals, deleting names, nested class access, __qualname__.
value = "global value"
class A:
    print("class body runs; module value is", value)
    value = "class value"
    seen = value
    names = sorted(k for k in locals() if not k.startswith("__"))
    temp = 1
    del temp
print(A.seen, A.value, A.names, hasattr(A, "temp"))

class B:
    x = 1
    class Inner:
        try:
            y = x
        except NameError as e:
            error = f"{type(e).__name__}: {e}"
    z = Inner.__qualname__
print(B.Inner.error, B.z)

def f():
    local = "function local"
    class C:
        try:
            got = local
        except NameError as e:
            got = f"NameError: {e} (assigned later in the class body, so looked up as a class-level name)"
        local = "class shadows it afterwards"
        def method(self):
            return local
    return C.got, C.local, C().method()
print(f())

class D:
    __qualname__ = "Custom.Qualname"
    __module__ = "somewhere"
print(D.__qualname__, D.__module__, D.__name__, repr(D))

class E:
    items = []
    for i in range(3):
        items.append(i * i)
    total = sum(items)
print(E.items, E.total, E.i)

class F:
    def method(self):
        return "method"
    method_ref = method
    alias = lambda self: self.method()
print(F().method_ref(), F().alias(), F.method_ref is F.method)

x = "module x"
class G:
    x = "class x"
    def get_x(self):
        return x
    get_class_x = lambda self: self.x
print(G().get_x(), G().get_class_x())

try:
    class H:
        undefined_in_body
except NameError as e:
    print(type(e).__name__, e)

class I:
    global gx
    gx = "assigned from a class body with global"
    nonlocal_test = "fine"
print(gx, "gx" in I.__dict__)
