# sys._getframe(depth): the calling frames' names and line numbers relative to their functions,
# f_back chains, f_globals/f_locals of callers, depth errors, and frames from inside lambdas,
# comprehensions and methods.
import sys
def who(depth=1):
    f = sys._getframe(depth)
    return f.f_code.co_name, f.f_lineno - f.f_code.co_firstlineno
def caller_a():
    return who()
def caller_b():
    x = 1
    return who(), who(2)
print(caller_a(), caller_b())
print((lambda: who())(), [who() for _ in range(1)], list(who() for _ in range(1)))
class K:
    def method(self):
        return who()
    @classmethod
    def cm(cls):
        return who()
    @property
    def prop(self):
        return who()
print(K().method(), K.cm(), K().prop)
def chain():
    names = []
    f = sys._getframe()
    while f:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names
def level2():
    return chain()
def level1():
    return level2()
print(level1())
def peek():
    return sorted(k for k in sys._getframe(1).f_locals if not k.startswith("__"))
def has_locals():
    alpha = 1
    beta = 2
    return peek()
print(has_locals(), sys._getframe().f_globals is globals())
for d in (-1, 100):
    try:
        sys._getframe(d)
        print("ok", d)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    sys._getframe("0")
except TypeError as e:
    print(type(e).__name__, e)
def gen():
    yield sys._getframe().f_code.co_name
    yield sys._getframe(1).f_code.co_name
print(list(gen()))
