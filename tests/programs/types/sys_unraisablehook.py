# sys.unraisablehook / sys.__unraisablehook__: the default report of an error in __del__
# ("Exception ignored in: ..."), a replaced hook getting UnraisableHookArgs, a hook that
# raises reported as "Exception ignored in sys.unraisablehook", a deleted hook; stderr is
# captured and object addresses are cut out so the output is deterministic.
import sys
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
    def text(self):
        out = []
        for line in "".join(self.parts).splitlines():
            i = line.find(" at 0x")
            if i >= 0:
                line = line[:i] + line[line.index(">", i):]
            out.append(line)
        self.parts = []
        return "\n".join(out)
cap = Capture()
real = sys.stderr
sys.stderr = cap
class D:
    def __del__(self):
        raise ValueError("in del")
print(sys.unraisablehook is sys.__unraisablehook__, sys.unraisablehook.__name__)
d = D(); del d
print(cap.text())
def hook(args):
    print("hook:", type(args).__name__, args.exc_type.__name__, args.exc_value, args.err_msg,
          type(args.object).__name__, args.object.__qualname__, args.exc_traceback.tb_frame.f_code.co_name)
    print(len(args), args[0] is args.exc_type)
sys.unraisablehook = hook
d = D(); del d
def badhook(args):
    raise RuntimeError("hook failed")
sys.unraisablehook = badhook
d = D(); del d
print(cap.text())
sys.unraisablehook = sys.__unraisablehook__
d = D(); del d
del sys.unraisablehook
d = D(); del d
print(cap.text())
import weakref
class T:
    pass
def cb(r):
    raise KeyError("from callback")
t = T()
r = weakref.ref(t, cb)
del t
print(cap.text())
def gen():
    try:
        yield 1
    finally:
        raise OSError("in finally")
g = gen()
next(g)
del g
print(cap.text())
sys.stderr = real
print("end")
