# Subclasses of static types that set a slot without a dict wrapper keep it (ExceptionGroup's
# __str__); a metaclass with a mixin's __dict__ descriptor still shows the class dict.
class MyEG(ExceptionGroup):
    pass
eg = MyEG("flat", [ValueError(1), TypeError(2)])
print(str(eg), repr(eg))
class Mixin: pass
class B(Mixin, bool.__base__): pass
print(hash(B(5)), B(5) + 1)
class Meta2(Mixin, type): pass
class Base: pass
class Meta3(Base, type): pass
class E(metaclass=Meta3): x = 1
print(type(E.__dict__).__name__, E.__dict__["x"])
try:
    del E.__dict__
except (AttributeError, TypeError) as e:
    print(type(e).__name__)
