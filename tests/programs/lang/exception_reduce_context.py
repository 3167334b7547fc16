# Exceptions: AttributeError name/obj from a __getattr__'s bare raise (set_attribute_error_context),
# SyntaxError details length, ImportError/OSError __reduce__ state and pickling, no name on
# UnboundLocalError.
import pickle, copy, sys
class A:
    blech = None
    def __getattr__(self, attr):
        raise AttributeError()
try:
    A().bluch
except AttributeError as e:
    print(repr(e.name), type(e.obj).__name__)
try:
    getattr(A(), 'bluch')
except AttributeError as e:
    print(repr(e.name), type(e.obj).__name__)
try:
    SyntaxError("bad bad", ("bad.py", 1, 2))
except TypeError as e: print("TypeError", e)
try:
    SyntaxError("bad bad", ("bad.py", 1, 2, 4, 5, 6, 7))
except TypeError as e: print("TypeError", e)
print(SyntaxError("bad bad", ("bad.py", 1, 2, 'x', 5, 6)).end_offset)
orig = ImportError('test', name='somename', path='p')
print(orig.__reduce__())
for proto in range(0, 6):
    exc = pickle.loads(pickle.dumps(orig, proto))
    print(exc.args, exc.msg, exc.name, exc.path)
e = OSError('foo', 'bar', 'baz')
print(e.__reduce__())
e = OSError('foo', 'bar')
e.filename = 'baz'
print(e.__reduce__(), pickle.loads(pickle.dumps(e)).filename)
def f():
    something = 1
    def foo():
        print(somethong)
        somethong = 2
    foo()
try: f()
except UnboundLocalError as e:
    print(repr(e.name) if hasattr(e, 'name') else 'noname')
# An inner lookup's name/obj are kept.
class P:
    bluch = 1
class Q:
    def __getattribute__(self, attr):
        return P().blich
try:
    Q().something
except AttributeError as e:
    print(repr(e.name), type(e.obj).__name__)
# BaseException.__setstate__
e = Exception("x")
print(e.__setstate__({'a': 1}), e.a)
try: e.__setstate__(5)
except TypeError as x: print("TypeError", x)
print(e.__setstate__(None))
import pickle
e = ValueError("v"); e.extra = [1]
r = pickle.loads(pickle.dumps(e))
print(r, r.extra, e.__reduce__())
