# A class's own __dict__ descriptor defers to the first built-in base with a dict
# (subtype_dict/subtype_setdict): a module subclass's namespace and a class's mappingproxy are
# read-only through it; plain instances and exceptions keep an assignable, deletable __dict__.
import types
class Base(object): pass
class M(types.ModuleType, Base): pass
m = M("m")
dd = Base.__dict__["__dict__"]
for what, f in [("set", lambda: dd.__set__(m, {})), ("del", lambda: dd.__delete__(m)),
                ("attr", lambda: setattr(m, "__dict__", {}))]:
    try:
        f(); print(what, "ok")
    except Exception as e:
        print(what, type(e).__name__, e)
print(dd.__get__(m) is m.__dict__, sorted(dd.__get__(m)))
class Meta(type, Base): pass
class C(metaclass=Meta): pass
print(type(dd.__get__(C)).__name__)
try:
    dd.__set__(C, {})
except Exception as e:
    print(type(e).__name__, e)
class E(Exception): pass
e = E()
e.__dict__ = {"x": 1}
print(e.x, vars(e))
def f(): pass
class P: pass
p = P(); p.__dict__ = {"y": 2}; print(p.y); del p.__dict__; print(vars(p))
