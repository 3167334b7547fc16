# types.SimpleNamespace (namespaceobject.c): keyword construction, repr (recursive, subclasses), equality, unhashable, vars/copy/__reduce__, sys.implementation is one.
import types, sys, copy, pickle
print(types.SimpleNamespace)
n = types.SimpleNamespace(a=1, b="x")
print(n, n.a, n.b)
n.c = [n]
print(n)
print(n == types.SimpleNamespace(a=1, b="x", c=[n]), n != types.SimpleNamespace())
class Sub(types.SimpleNamespace): pass
print(Sub(z=3), Sub(z=3) == types.SimpleNamespace(z=3))
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(n)
except TypeError as e:
    print(type(e).__name__, e)
print(vars(types.SimpleNamespace(q=2)))
m = copy.copy(types.SimpleNamespace(k=1)); print(m)
print(n.__reduce__()[0], n.__reduce__()[1])
print(type(sys.implementation).__name__, sys.implementation.hexversion, sys.implementation.version[:2])
del n.a
print(n.__dict__.keys())
print(types.SimpleNamespace.__doc__)
import sysconfig
print(sysconfig.get_config_var("SOABI") is not None)
