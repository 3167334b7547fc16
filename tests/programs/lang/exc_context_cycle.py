# A __context__ chain that already has a cycle must not make raising loop forever
# (CPython's _PyErr_SetObject breaks cycles with Floyd's algorithm).
def cycle():
    try:
        raise ValueError(1)
    except ValueError as ex:
        ex.__context__ = ex
        raise TypeError(2)

try:
    cycle()
except Exception as e:
    exc = e
print(repr(exc), repr(exc.__context__), exc.__context__.__context__ is exc.__context__)

class A(Exception): pass
class B(Exception): pass
class C(Exception): pass
class D(Exception): pass
class E(Exception): pass

# A -> B -> C -> D -> B (cycle not through the new exception E)
try:
    try:
        raise A()
    except A as _a:
        a = _a
        try:
            raise B()
        except B as _b:
            b = _b
            try:
                raise C()
            except C as _c:
                c = _c
                try:
                    raise D()
                except D as _d:
                    d = _d
                    d.__context__ = b
                    raise E()
except E as e:
    print(type(e).__name__, type(e.__context__).__name__,
          type(e.__context__.__context__).__name__)
