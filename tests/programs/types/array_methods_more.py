# array: tofile/fromfile, fromunicode, weak references, pickling through
# _array_reconstructor at protocol 3+, an exhausted iterator stays exhausted and pickles,
# repetition by a non-int raises, a unicode array cannot initialize a numeric one,
# MutableSequence registration, an __index__ that resizes the array while it is assigned.
import array, io, pickle, weakref, collections.abc

a = array.array("i", [1, 2, 3])
f = io.BytesIO()
a.tofile(f)
f.seek(0)
b = array.array("i")
b.fromfile(f, 2)
print(b)
try:
    b.fromfile(f, 5)
except EOFError as e:
    print("EOFError:", e, b)
u = array.array("u", "ab")
u.fromunicode("cd")
print(u, u.tounicode())
try:
    a.fromunicode("x")
except ValueError as e:
    print(e)
r = weakref.ref(a)
print(r() is a)
print(a.__reduce_ex__(2)[0] is array.array, a.__reduce_ex__(3)[0] is array._array_reconstructor)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    assert pickle.loads(pickle.dumps(a, proto)) == a
it = iter(a)
print(list(it))
a.append(4)
print(list(it), it.__reduce__())
it = iter(a)
next(it)
print(list(pickle.loads(pickle.dumps(it))))
for bad in ("x", 1.5):
    try:
        a * bad
    except TypeError as e:
        print("TypeError:", e)
try:
    array.array("b", array.array("u", "x"))
except TypeError as e:
    print("TypeError:", e)
print(isinstance(a, collections.abc.MutableSequence))
try:
    array.array("u", b"\xff\xff\xff\xff").tounicode()
except ValueError as e:
    print("ValueError:", e)

class Shrink:
    def __index__(self):
        del a[:]
        return 7
# (CPython's result here is unspecified: only the absence of a crash is checked.)
a = array.array("i", [1, 2, 3])
try:
    a[2] = Shrink()
except IndexError:
    pass
a = array.array("i", [1, 2, 3])
a.append(Shrink())
print("no crash")
