# How functions become methods: __get__ on functions, staticmethod/classmethod descriptors, binding rules.
class C:
    def method(self, x):
        return (type(self).__name__, x)
    @staticmethod
    def static(x):
        return ("static", x)
    @classmethod
    def klass(cls, x):
        return (cls.__name__, x)

c = C()
f = C.__dict__["method"]
print(type(f).__name__, f is C.method, type(c.method).__name__)
bound = f.__get__(c, C)
print(bound(1), bound.__self__ is c, bound.__func__ is f)
print(f.__get__(None, C) is f)
print(C.__dict__["static"].__get__(c, C)(2), C.__dict__["klass"].__get__(c, C)(3), C.__dict__["klass"].__get__(None, C)(4))

class D(C):
    pass
print(D().klass(5), D.klass(6), D().method(7), C.method(D(), 8))

# functions stored on instances are not bound
c.attr_func = lambda x: ("plain", x)
print(c.attr_func(9))

# a builtin function stored on a class is not bound either (no __get__)
class WithBuiltin:
    length = len
print(WithBuiltin().length("abc"))

# callable objects stored on a class are not bound unless they define __get__
class Callable:
    def __call__(self, *args):
        return ("Callable called with", len(args))
class Holder:
    c = Callable()
print(Holder().c(1, 2))

# bound methods compare by self and function
m1, m2 = c.method, c.method
print(m1 == m2, m1 is m2, c.method == C().method, hash(m1) == hash(m2))

# binding a function to any object by hand
def describe(self):
    return f"describing a {type(self).__name__}"
print(describe.__get__(42)(), describe.__get__([1])())

# methods looked up through super() are bound to the current instance
class Base:
    def who(self):
        return f"Base.who on {type(self).__name__}"
class Child(Base):
    def who(self):
        return "Child -> " + super().who()
print(Child().who(), super(Child, Child()).who.__self__.__class__.__name__)

# classmethod wrapping a staticmethod / staticmethod attributes
sm = staticmethod(describe)
print(sm.__func__ is describe, sm.__get__(None, C) is describe, callable(sm))
cm = classmethod(describe)
print(cm.__get__(None, int)(), cm.__get__(5, int)())

# instance method of a class used as a function on another class's instance
class Other:
    pass
print(C.method(Other(), "borrowed"))

# __get__ of property returns itself when accessed on the class
class P:
    @property
    def value(self):
        return 1
print(type(P.value).__name__, P.__dict__["value"].__get__(P()), P.__dict__["value"].__get__(None, P) is P.value)
