# frame objects via sys._getframe: f_code/f_lineno/f_back/f_locals/f_globals/f_builtins/f_lasti,
# frames of generators, tracebacks' tb_frame/tb_lineno/tb_next.
import sys
def where():
    f = sys._getframe()
    return f.f_code.co_name, f.f_lineno, f.f_back.f_code.co_name
def caller():
    return where()
print(caller())
def show_locals(a, b=2):
    c = a + b
    f = sys._getframe()
    return sorted(k for k in f.f_locals.items() if k[0] != 'f')
print(show_locals(1))
f = sys._getframe()
print(f.f_code.co_name, f.f_back, f.f_globals is globals(), f.f_locals is globals(), type(f).__name__, f.f_builtins is __builtins__.__dict__)
def depth():
    n = 0
    fr = sys._getframe()
    while fr is not None:
        n += 1
        fr = fr.f_back
    return n
def d1():
    return depth()
def d2():
    return d1()
print(depth(), d1(), d2())
print(sys._getframe(0).f_code.co_name, caller.__code__ is not sys._getframe().f_code)
def named():
    return sys._getframe(1).f_code.co_name
def wrapper_fn():
    return named()
print(wrapper_fn())
try:
    sys._getframe(1000)
except ValueError as e:
    print(type(e).__name__, e)
def lines():
    f = sys._getframe()
    a = f.f_lineno
    b = f.f_lineno
    return b - a
print(lines())
def gen():
    fr = sys._getframe()
    yield fr.f_code.co_name
    yield fr.f_back.f_code.co_name if fr.f_back else None
g = gen()
print(next(g), g.gi_frame.f_code.co_name, next(g))
def fail():
    x = "local in fail"
    raise ValueError("boom")
def middle():
    fail()
try:
    middle()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno - tb.tb_frame.f_code.co_firstlineno))
        last = tb
        tb = tb.tb_next
    print(names, last.tb_frame.f_locals["x"], type(last).__name__, last.tb_lasti >= 0)
fr = sys._getframe()
print(fr.f_lasti >= 0, fr.f_trace, fr.f_code.co_filename.endswith('frame_attrs.py'))
def modify():
    v = 1
    sys._getframe().f_locals["v"] = 2
    return v
print(modify())
