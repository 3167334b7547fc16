# module.__new__ makes an empty module; module.__init__ names it (subclasses call it).
import sys
MT = type(sys)
log = []
class MM(MT):
    def __init__(self, name):
        MT.__init__(self, name)
    def __setattr__(self, name, value):
        log.append(("setattr", name, value))
        MT.__setattr__(self, name, value)
a = MM("a")
a.foo = 12
print(a, a.__name__, a.__doc__, a.foo, log)

m = MT.__new__(MT)
print(repr(m), m.__dict__, hasattr(m, "__name__"))
m.foo = 1
print(m.__dict__)
m.__init__("late", "doc")
print(m, sorted(m.__dict__.items(), key=lambda kv: kv[0]))
try:
    MT.__init__(m)
except TypeError as e:
    print(e)
