# Class statements: computed bases, starred bases and keywords, conditional and nested class definitions.
class A:
    def who(self):
        return "A"
class B:
    def who(self):
        return "B"
bases = (B, A)
class FromStar(*bases):
    pass
print(FromStar().who(), [c.__name__ for c in FromStar.__mro__])

def pick(flag):
    return A if flag else B
class Computed(pick(False)):
    pass
print(Computed().who())

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.kw = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
options = {"metaclass": Meta, "color": "red"}
class WithKw(A, **options):
    pass
print(type(WithKw).__name__, WithKw.kw)

for flag in (True, False):
    if flag:
        class Conditional:
            version = 1
    else:
        class Conditional:
            version = 2
    print(Conditional.version)

class Outer:
    class Middle:
        class Inner:
            pass
    ref = Middle.Inner
print(Outer.Middle.Inner.__qualname__, Outer.ref is Outer.Middle.Inner)

def factory(n):
    class Made:
        size = n
    Made.__name__ = f"Made{n}"
    return Made
classes = [factory(i) for i in range(3)]
print([c.__name__ for c in classes], [c.size for c in classes], classes[0] is classes[1])

class Empty: pass
class AlsoEmpty(): pass
class ObjectBase(object): pass
print(Empty.__bases__, AlsoEmpty.__bases__, ObjectBase.__bases__)

# the class name is bound only after the body runs
try:
    class SelfRef:
        me = SelfRef
except NameError as e:
    print(type(e).__name__, e)

# decorators and keywords evaluated in order: decorator expression, bases, keywords, body
order = []
def note(x):
    order.append(x)
    return x
@note
class Ordered(note(A), metaclass=note(Meta), tag=note("kw")):
    order.append("body")
print([o if isinstance(o, str) else o.__name__ for o in order])

# a class body can contain any statement
class Busy:
    total = 0
    for i in range(4):
        total += i
    if total > 5:
        big = True
    try:
        1 / 0
    except ZeroDivisionError:
        caught = True
    del i
print(Busy.total, Busy.big, Busy.caught, hasattr(Busy, "i"))
