# match with mapping patterns and class patterns (positional via __match_args__, keyword).
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} extra={rest}"
        case {"type": "scroll", "delta": int() | float() as d}:
            return f"scroll {d}"
        case {"type": t}:
            return f"unknown event {t}"
        case {}:
            return "mapping without a type"
        case _:
            return "not a mapping"

for ev in [{"type": "click", "pos": (3, 4), "extra": 1},
           {"type": "key", "key": "a", "mods": ["shift"], "time": 5},
           {"type": "scroll", "delta": -1.5},
           {"type": "resize"},
           {"size": 1},
           [("type", "click")],
           "click"]:
    print(handle(ev))

class DefaultDictLike(dict):
    def __missing__(self, key):
        return "from __missing__"
match DefaultDictLike(a=1):
    case {"b": value}:
        print("matched via __missing__?", value)
    case {"a": value}:
        print("get() is used, not __getitem__: a =", value)

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal at {x}"
        case Point(x, y=yy):
            return f"point {x},{yy}"
        case _:
            return "not a point"
for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 9), (1, 2)]:
    print(where(p))

# built-in types match their single positional argument against the whole object
for v in [5, "s", 2.5, [1], (1,), {"k": 1}, b"b", True, None]:
    match v:
        case bool(b):
            print("bool", b)
        case int(i):
            print("int", i)
        case str(s) | bytes(s):
            print("str or bytes", s)
        case float(f):
            print("float", f)
        case list(l) | tuple(l):
            print("list or tuple", l)
        case dict(d):
            print("dict", d)
        case _:
            print("other", v)

class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
class TooFew:
    __match_args__ = ("a",)
    a = 1
try:
    match TooFew():
        case TooFew(1, 2):
            pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match 1:
        case len():
            pass
except TypeError as e:
    print(type(e).__name__, e)
match NoArgs():
    case NoArgs(missing=1):
        print("no")
    case NoArgs():
        print("missing attributes just fail to match")
