# A class's tp_new comes from its solid base (type_ready_set_new), not the first base in
# the MRO; and object.__new__/__init__'s excess-argument messages (bpo-31506).
class Node(object):
    def __int__(self):
        return int(self.foo())
    def foo(self):
        return "23"
class Frag(Node, list):
    def foo(self):
        return "42"
print(int(Frag()), Frag([1, 2]) == [1, 2])

class A(type):
    def __setattr__(cls, key, value):
        type.__setattr__(cls, key, value)
class B:
    pass
class C(B, A):
    pass
obj = C('D', (object,), {})
obj.test = True
print(obj.__name__, obj.test)

class N:
    def __new__(cls, *a, **kw):
        print("N.__new__", a, kw)
        return dict.__new__(cls)
class M(N, dict):
    pass
print(type(M(a=1)).__name__, M(a=1))
class M2(dict):
    def __new__(cls):
        return object.__new__(cls)
try:
    M2()
except TypeError as e:
    print(e)

class P:
    pass
for f in (lambda: P(42), lambda: P.__new__(P, 42), lambda: P().__init__(42),
          lambda: object.__new__(P, 42), lambda: object.__init__(P(), 42)):
    try:
        f()
    except TypeError as e:
        print(e)

class Q:
    def __new__(cls, *args, **kwargs):
        return super().__new__(cls, *args, **kwargs)
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
for f in (lambda: Q(42), lambda: object.__new__(Q, 42)):
    try:
        f()
    except TypeError as e:
        print(e)
