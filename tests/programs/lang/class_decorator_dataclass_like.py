# A dataclass-like class decorator built from scratch: reads annotations, generates __init__/__repr__/__eq__/ordering.
MISSING = object()

def record(cls=None, *, order=False, frozen=False):
    def wrap(cls):
        fields = []
        for name, annotation in cls.__dict__.get("__annotations__", {}).items():
            default = cls.__dict__.get(name, MISSING)
            fields.append((name, annotation, default))
        seen_default = False
        for name, _, default in fields:
            if default is not MISSING:
                seen_default = True
            elif seen_default:
                raise TypeError(f"non-default argument {name!r} follows default argument")

        def __init__(self, *args, **kwargs):
            if len(args) > len(fields):
                raise TypeError(f"{cls.__name__}() takes {len(fields)} positional arguments but {len(args)} were given")
            values = dict(zip([f[0] for f in fields], args))
            for key, value in kwargs.items():
                if key in values:
                    raise TypeError(f"{cls.__name__}() got multiple values for argument {key!r}")
                if key not in [f[0] for f in fields]:
                    raise TypeError(f"{cls.__name__}() got an unexpected keyword argument {key!r}")
                values[key] = value
            for name, _, default in fields:
                if name not in values:
                    if default is MISSING:
                        raise TypeError(f"{cls.__name__}() missing required argument {name!r}")
                    values[name] = default
                object.__setattr__(self, name, values[name])

        def __repr__(self):
            inner = ", ".join(f"{n}={getattr(self, n)!r}" for n, _, _ in fields)
            return f"{cls.__qualname__}({inner})"

        def astuple(self):
            return tuple(getattr(self, n) for n, _, _ in fields)

        def __eq__(self, other):
            if type(other) is not type(self):
                return NotImplemented
            return astuple(self) == astuple(other)

        cls.__init__ = __init__
        cls.__repr__ = __repr__
        cls.__eq__ = __eq__
        cls.__hash__ = (lambda self: hash(astuple(self))) if frozen else None
        cls.__match_args__ = tuple(n for n, _, _ in fields)
        cls.fields = staticmethod(lambda: [(n, a.__name__ if isinstance(a, type) else a) for n, a, _ in fields])
        if order:
            cls.__lt__ = lambda a, b: astuple(a) < astuple(b) if type(a) is type(b) else NotImplemented
            cls.__le__ = lambda a, b: astuple(a) <= astuple(b) if type(a) is type(b) else NotImplemented
        if frozen:
            def __setattr__(self, name, value):
                raise AttributeError(f"cannot assign to field {name!r}")
            cls.__setattr__ = __setattr__
        return cls
    return wrap if cls is None else wrap(cls)

@record
class Point:
    x: int
    y: int = 0

@record(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: "str" = ""

p = Point(1, 2)
print(p, Point(5), Point(y=3, x=4), p == Point(1, 2), p == Point(2, 1), p == (1, 2))
print(Point.fields(), Version.fields(), Point.__match_args__)
p.x = 10
print(p)
try:
    hash(p)
except TypeError as e:
    print(type(e).__name__, e)
vs = [Version(1, 2), Version(1), Version(0, 9, "beta"), Version(1, 2, "rc")]
print(sorted(vs), max(vs), len(set(vs + [Version(1, 2)])))
try:
    vs[0].major = 5
except AttributeError as e:
    print(type(e).__name__, e)
for bad in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, x=2), lambda: Point(1, z=0)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    @record
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print(type(e).__name__, e)
match Version(2, 0):
    case Version(2, minor):
        print("major 2, minor", minor)
