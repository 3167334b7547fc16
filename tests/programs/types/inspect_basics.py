# inspect over taipan's objects: frames, code, signatures, source, predicates.
import inspect

def outer(a, b=2, *args, c, d=4, **kw):
    """Outer's doc."""
    frame = inspect.currentframe()
    print(frame.f_code.co_name, frame.f_back.f_code.co_name, sorted(frame.f_locals))
    print(inspect.getframeinfo(frame).function, inspect.getframeinfo(frame).lineno)
    print([fi.function for fi in inspect.stack()][:2])
    return frame

f = outer(1, c=3)
print(type(f).__name__, f.f_code is outer.__code__)
print(inspect.signature(outer))
print(inspect.signature(lambda x, /, y=1, *, z: 0))
sig = inspect.signature(outer)
for name, p in sig.parameters.items():
    print(name, p.kind.name, p.default is inspect.Parameter.empty)
print(sig.bind(1, 2, 3, c=4).arguments)
print(inspect.getdoc(outer))
print(inspect.getsource(outer).splitlines()[0])
print(inspect.getsourcelines(outer)[1])
print(inspect.isfunction(outer), inspect.isbuiltin(len), inspect.isclass(int), inspect.ismodule(inspect))
print(inspect.isgeneratorfunction(outer), inspect.iscoroutinefunction(outer))
print(inspect.getmodule(outer).__name__)
print(inspect.getfullargspec(outer))

class K:
    """K doc."""
    x = 1
    def m(self, y): return y
    @property
    def p(self): return 2
print([n for n, _ in inspect.getmembers(K) if not n.startswith('__')])
print(inspect.getmro(K))
print(inspect.signature(K.m), inspect.signature(K().m))
print(inspect.cleandoc('  a\n    b\n  c'))
def gen():
    yield 1
g = gen()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
