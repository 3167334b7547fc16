# Keyword-only and positional-only parameters, and the errors for misuse.
def pos_only(a, b, /, c, *, d):
    return a, b, c, d
print(pos_only(1, 2, 3, d=4), pos_only(1, 2, c=3, d=4))
for call in [lambda: pos_only(1, b=2, c=3, d=4),
             lambda: pos_only(1, 2, 3, 4),
             lambda: pos_only(1, 2, 3),
             lambda: pos_only(1, 2, c=3, d=4, e=5),
             lambda: pos_only(a=1, b=2, c=3, d=4)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)

def kw_only(*, key, value=None):
    return key, value
print(kw_only(key=1), kw_only(value=2, key=3))
for call in [lambda: kw_only(1), lambda: kw_only(), lambda: kw_only(key=1, other=2)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)

def mixed(a, /, b=2, *args, c, d=4, **kwargs):
    return a, b, args, c, d, kwargs
print(mixed(1, c=3))
print(mixed(1, 2, 3, 4, c=5, e=6))
print(mixed(1, b=20, c=30, a=99))

def posonly_with_kwargs(name, /, **kwargs):
    return name, kwargs
print(posonly_with_kwargs("positional", name="keyword"))

def defaults_posonly(a, b=2, /, c=3):
    return a, b, c
print(defaults_posonly(1), defaults_posonly(1, 5), defaults_posonly(1, c=7))

code = mixed.__code__
print(code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount, code.co_varnames)
print(mixed.__defaults__, mixed.__kwdefaults__)

class Point:
    def __init__(self, x, y, /, *, label=""):
        self.x, self.y, self.label = x, y, label
    def __repr__(self):
        return f"Point({self.x}, {self.y}, label={self.label!r})"
print(Point(1, 2), Point(3, 4, label="p"))
try:
    Point(x=1, y=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Point(1, 2, "p")
except TypeError as e:
    print(type(e).__name__, e)

lam = lambda a, /, b, *, c: (a, b, c)
print(lam(1, b=2, c=3))
try:
    lam(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
