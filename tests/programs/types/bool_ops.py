# bool: values, arithmetic, logic operators returning operands, truthiness of every core type,
# __bool__/__len__ protocols and their errors.
print(True, False, repr(True), str(False), int(True), float(False), True.real, True.imag)
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(-0.0), bool(float("nan")), bool(0j), bool(1j))
print(bool(""), bool(" "), bool([]), bool([0]), bool(()), bool((0,)), bool({}), bool({0: 0}))
print(bool(set()), bool({0}), bool(frozenset()), bool(range(0)), bool(range(1)), bool(None), bool(b""), bool(b"\x00"))
print(bool(...), bool(NotImplemented) if False else "skip", bool(object()), bool(bool), bool(len))
print(True and 3, False and 3, 0 or "x", "" or 0, None or [] or "last", 1 and 2 and 3, 1 and 0 and 3)
print(not 0, not 1, not "", not [1], not None, not not 5)
print(True + True + True, True * 7, True / 2, True // 2, -True, ~False, True ** 10, True % 2)
print(True & False, True | False, True ^ True, False ^ True, type(True | False).__name__, type(True + 0).__name__)
print(True == 1, False == 0, True is True, True == 1.0, hash(True), hash(False), {True: "a", 1: "b"})
print(bool.__mro__, bool.__name__, isinstance(False, int), type(True).__bases__)
try:
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Truth:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool called", self.v)
        return self.v
class Sized:
    def __len__(self):
        return 3
class Empty:
    def __len__(self):
        return 0
print(bool(Truth(True)), bool(Truth(False)), bool(Sized()), bool(Empty()))
print(Truth(False) or "fallback")
if Truth(True) and Truth(False):
    print("no")
else:
    print("else")
class BadBool:
    def __bool__(self):
        return 1
class BadLen:
    def __len__(self):
        return -1
class BigLen:
    def __len__(self):
        return 2 ** 100
for obj in (BadBool(), BadLen(), BigLen()):
    try:
        bool(obj)
    except Exception as e:
        print(type(e).__name__, e)
print(True.__and__(1), True.__or__(0), True.__xor__(True), True.__and__(True), (1).__and__(True))
print(bool("False"), bool(0 + 0j), [bool(x) for x in (0, 1, 2, -0.0, "0")])
print(True > False, sorted([True, False, True, 0, 1]), max(False, True), sum([True] * 5))
print(f"{True}", f"{True:d}", f"{True:>6}", "%s %d %r" % (True, True, False), format(False, "^7"))
print(bool.__new__(bool, 5), bool.__new__(bool, ""), True.__bool__(), True.__index__(), True.bit_length())
