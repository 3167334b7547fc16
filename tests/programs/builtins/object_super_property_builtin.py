# object(), super(), property(), staticmethod() and classmethod() used as plain builtins: their
# constructors' arguments, attributes and error messages.
o = object()
print(type(o).__name__, o.__class__ is object, object.__doc__.split("\n")[0])
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super(B, self).who() + ">" + super().who()
print(B().who(), type(super(B, B())).__name__, super(B, B()).__thisclass__.__name__)
for args in ((), (5,), (B, 5), (5, B()), (B, A())):
    try:
        s = super(*args)
        print("super ok", type(s).__name__)
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, e)
p = property(lambda self: 1, None, None, "doc text")
print(p.__doc__, p.fget is not None, p.fset, p.fdel, type(p).__name__, property().__doc__)
try:
    property(1, 2, 3, 4, 5)
except TypeError as e:
    print(type(e).__name__, e)
sm = staticmethod(len)
cm = classmethod(len)
print(type(sm).__name__, type(cm).__name__, sm.__func__ is len, cm.__func__ is len, sm("abc"), sm.__isabstractmethod__)
for ctor in (staticmethod, classmethod):
    try:
        ctor()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    classmethod(5).__get__(None, int)()
except TypeError as e:
    print(type(e).__name__, e)
