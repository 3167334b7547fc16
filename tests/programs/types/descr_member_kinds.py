# Built-in read-only fields are member_descriptors (CPython's READONLY PyMemberDef), a module's
# __dict__ is read-only, type_set_bases checks its bases as best_base does, and a subclass that
# only inherits a reflected method does not go first (method_is_overloaded).
import types

def code(): pass

for owner, name in [(complex, "real"), (complex, "imag"), (float, "real"), (int, "real"),
                    (type, "__mro__"), (type, "__base__"), (type, "__flags__"),
                    (types.FunctionType, "__globals__"), (types.FunctionType, "__closure__"),
                    (types.CodeType, "co_name"), (types.ModuleType, "__dict__"),
                    (property, "fget")]:
    d = owner.__dict__[name]
    print(type(d).__name__, repr(d), d.__name__, d.__qualname__, d.__objclass__.__name__)

def attempt(what, f):
    try:
        f()
        print(what, "ok")
    except Exception as e:
        print(what, type(e).__name__, e)

attempt("complex.real =", lambda: setattr(1j, "real", 2.0))
attempt("del complex.imag", lambda: delattr(1j, "imag"))
attempt("float.real =", lambda: setattr(1.5, "real", 2.0))
attempt("code.__closure__ =", lambda: setattr(code, "__closure__", None))
attempt("code.__code__.co_name =", lambda: setattr(code.__code__, "co_name", "x"))
m = types.ModuleType("m")
attempt("module.__dict__ =", lambda: setattr(m, "__dict__", {}))
attempt("del module.__dict__", lambda: delattr(m, "__dict__"))
print(m.__dict__ is vars(m), sorted(m.__dict__))
attempt("member on wrong object", lambda: types.ModuleType.__dict__["__dict__"].__get__(1))
print(types.ModuleType.__dict__["__dict__"].__get__(None, types.ModuleType) is
      types.ModuleType.__dict__["__dict__"])
print(complex.__dict__["real"].__get__(3 + 4j), type.__dict__["__mro__"].__get__(bool))

class X:
    pass
attempt("del X.__abstractmethods__", lambda: delattr(X, "__abstractmethods__"))
X.__abstractmethods__ = frozenset()
del X.__abstractmethods__
attempt("del X.__abstractmethods__ again", lambda: delattr(X, "__abstractmethods__"))

class A:
    pass
class B(A):
    pass
for bases in [(type(None),), (object, type(None)), (type(None), object), (bool,), (A, int)]:
    def assign():
        B.__bases__ = bases
    attempt("B.__bases__ = " + repr(bases), assign)
print(B.__bases__, B.__base__)
class O:
    pass
for bases in [(type(None),), (O, type(None)), (type(None), O), (O, O)]:
    attempt("class with bases " + repr(bases), lambda: type("Y", bases, {}))

class C:
    def __floordiv__(self, other): return "C.__floordiv__"
    def __rfloordiv__(self, other): return "C.__rfloordiv__"
    def __add__(self, other): return NotImplemented
    def __radd__(self, other): return "C.__radd__"
class E(C):
    pass
class F(C):
    def __rfloordiv__(self, other): return "F.__rfloordiv__"
class G(C):
    __rfloordiv__ = C.__rfloordiv__
print(C() // E(), E() // C(), C() // F(), C() // G(), F() // C())
print(C() + E(), E() + C())

# Every descriptor kind names its owner (__qualname__, __objclass__), bound slot wrappers too.
for d in [str.lower, complex.real, float.real, int.__add__, [].__add__, (1).__add__,
          object.__init__, object().__str__]:
    print(type(d).__name__, d.__qualname__, d.__objclass__.__name__)
