# isinstance() and issubclass(): tuples (nested), bool/int, abstract-free user classes,
# __instancecheck__/__subclasscheck__ on metaclasses, __class__ overrides, unions (int | str),
# and the argument errors.
class A:
    pass
class B(A):
    pass
class C:
    pass
b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C), isinstance(b, (C, A)), isinstance(b, (C, (int, B))), isinstance(b, ()), isinstance(b, object))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(B, B), issubclass(bool, int), issubclass(int, bool), issubclass(B, object))
print(isinstance(True, int), isinstance(1, bool), isinstance(1, float), isinstance(1.0, int), isinstance(None, type(None)), isinstance(int, type))
print(isinstance(3, int | str), isinstance("s", int | str), isinstance(None, int | None), issubclass(bool, int | float), isinstance(3, (int | str, float)))
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        return sub is int
class Magic(metaclass=Meta):
    pass
print(isinstance("magic", Magic), isinstance(Magic(), Magic), isinstance(5, Magic), issubclass(int, Magic), issubclass(Magic, Magic), issubclass(str, Magic))
class Liar:
    @property
    def __class__(self):
        return int
l = Liar()
print(isinstance(l, int), isinstance(l, Liar), type(l).__name__)
for args in ((1, 5), (1, (int, 5)), (1, "int"), (5, int), (int, (5,)), (int, [int])):
    for f in (isinstance, issubclass):
        try:
            print(f.__name__, args, f(*args))
        except TypeError as e:
            print(f.__name__, type(e).__name__, e)
try:
    isinstance(1)
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance([], list), isinstance({}, dict), isinstance((), tuple), isinstance(range(1), range), isinstance(len, type(len)))
print(isinstance(iter([]), type(iter([]))), issubclass(type, object), issubclass(object, type), isinstance(object, object), isinstance(type, type))
deep = (int,)
for _ in range(50):
    deep = (deep,)
print(isinstance(1, deep))
