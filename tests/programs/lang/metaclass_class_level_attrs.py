# Class-level behaviour through metaclasses: __getattr__ for classes, properties on classes, __len__/__iter__ on classes.
class EnumMeta(type):
    def __new__(mcls, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith("_") and not callable(v)}
        cls = super().__new__(mcls, name, bases, ns)
        cls._members = {}
        for key, value in members.items():
            inst = object.__new__(cls)
            inst.name, inst.value = key, value
            setattr(cls, key, inst)
            cls._members[key] = inst
        return cls
    def __iter__(cls):
        return iter(cls._members.values())
    def __len__(cls):
        return len(cls._members)
    def __getitem__(cls, name):
        return cls._members[name]
    def __contains__(cls, item):
        return item in cls._members.values()
    def __getattr__(cls, name):
        raise AttributeError(f"{cls.__name__} has no member {name!r}")
    @property
    def names(cls):
        return list(cls._members)

class Color(metaclass=EnumMeta):
    RED = 1
    GREEN = 2
    BLUE = 3
    def __repr__(self):
        return f"<Color.{self.name}: {self.value}>"
    def describe(self):
        return f"{self.name.lower()} ({self.value})"

print(list(Color), len(Color), Color["GREEN"], Color.BLUE.describe())
print(Color.RED in Color, 1 in Color, Color.names, type(Color.RED).__name__)
try:
    Color.PURPLE
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Color["PURPLE"]
except KeyError as e:
    print(type(e).__name__, e)
print(isinstance(Color.RED, Color), Color.RED is Color["RED"], sorted(c.value for c in Color))

# metaclass properties are not visible on instances
try:
    Color.RED.names
except AttributeError as e:
    print(type(e).__name__, e)

# class-level __repr__ and __call__ via the metaclass
class Named(type):
    def __repr__(cls):
        return f"<class {cls.__name__} (custom repr)>"
    def __call__(cls, *args):
        inst = super().__call__(*args)
        inst.created_by_meta = True
        return inst
class Thing(metaclass=Named):
    def __init__(self, v):
        self.v = v
print(Thing, repr(Thing), [Thing], Thing(1).created_by_meta)

# operators on classes
class Combinable(type):
    def __or__(cls, other):
        return f"{cls.__name__}|{other.__name__}"
    def __lt__(cls, other):
        return cls.__name__ < other.__name__
class A(metaclass=Combinable): pass
class B(metaclass=Combinable): pass
print(A | B, A < B, sorted([B, A], key=lambda k: k.__name__) == [A, B], sorted([B, A])[0].__name__)
