# object.__setattr__ / __delattr__ may not bypass a built-in type's own __setattr__
# (CPython's hackcheck, the "Carlo Verre hack").
for f in (lambda: object.__setattr__(str, "foo", 42),
          lambda: object.__delattr__(str, "lower"),
          lambda: object.__setattr__(int, "x", 1)):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)

class A(type):
    def __setattr__(cls, key, value):
        object.__setattr__(cls, key, value)
class B:
    pass
class C(B, A):
    pass
obj = C('D', (object,), {})
try:
    obj.test = True
except TypeError as e:
    print("TypeError:", e)

class Plain:
    pass
p = Plain()
object.__setattr__(p, "x", 1)
print(p.x)
try:
    object.__setattr__("abc", "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
