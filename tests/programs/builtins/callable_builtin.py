# callable(): functions, lambdas, classes, instances with/without __call__, builtins, methods,
# instance-level __call__ attributes (ignored), None/ints, and staticmethod/classmethod objects.
def f():
    pass
class C:
    def method(self):
        pass
class WithCall:
    def __call__(self):
        return "called"
class InstanceCall:
    pass
ic = InstanceCall()
ic.__call__ = lambda: "instance-level"
print(callable(f), callable(lambda: 0), callable(C), callable(C()), callable(WithCall()), callable(ic), callable(len), callable(C().method))
print(callable(None), callable(5), callable("str"), callable([]), callable(type), callable(object), callable(int.__add__), callable(str.upper))
print(callable(staticmethod(f)), callable(classmethod(f)), callable(property(f)), callable(iter([])), callable(print), callable(C.method))
try:
    ic()
except TypeError as e:
    print(type(e).__name__, e)
print(WithCall()(), [x for x in (f, 1, C, "s", len) if callable(x)] == [f, C, len])
class Meta(type):
    def __call__(cls):
        return "meta call"
class M(metaclass=Meta):
    pass
print(callable(M), M(), callable(M()))
class CallNone:
    __call__ = None
print(callable(CallNone()))
try:
    CallNone()()
except TypeError as e:
    print(type(e).__name__, e)
try:
    callable()
except TypeError as e:
    print(type(e).__name__, e)
print(callable(callable), callable(gen := (x for x in [])), callable(range), callable(range(1)))
