# types.MethodType(function, instance) (method_new).
import types
class A:
    def f(self, x):
        return (self.__class__.__name__, x)
a = A()
m = types.MethodType(A.f, a)
print(m(3), m.__self__ is a, m.__func__ is A.f)
print(types.MethodType(len, [1, 2])())
for args in ((A.f, None), (1, a), (A.f,), ()):
    try:
        types.MethodType(*args)
    except TypeError as e:
        print(e)
try:
    types.MethodType(A.f, a, x=1)
except TypeError as e:
    print(e)
