# getattr/setattr/delattr/hasattr: defaults, non-str names, properties raising non-AttributeError,
# builtin types' read-only attributes, class vs instance, and __getattr__ interaction.
class C:
    cls_attr = "class"
    def __init__(self):
        self.inst = "instance"
    @property
    def boom(self):
        raise KeyError("property raised KeyError")
    @property
    def missing(self):
        raise AttributeError("property raised AttributeError")
c = C()
print(getattr(c, "inst"), getattr(c, "cls_attr"), getattr(C, "cls_attr"), getattr(c, "nope", None), getattr(c, "nope", 0))
print(hasattr(c, "inst"), hasattr(c, "nope"), hasattr(C, "inst"), hasattr(c, "missing"), getattr(c, "missing", "dflt"))
try:
    hasattr(c, "boom")
except KeyError as e:
    print(type(e).__name__, e)
try:
    getattr(c, "boom", "default not used")
except KeyError as e:
    print(type(e).__name__, e)
setattr(c, "new", 1)
setattr(C, "added", "to class")
print(c.new, c.added, C().added, vars(c))
delattr(c, "new")
delattr(C, "added")
print(hasattr(c, "new"), hasattr(c, "added"))
for f, args in ((getattr, (c, "nope")), (getattr, (c, 1)), (setattr, (c, 1, 2)), (delattr, (c, "nope")), (delattr, (c, 5)),
                (hasattr, (c, None)), (setattr, (5, "x", 1)), (setattr, ("s", "upper", 1)), (delattr, (int, "real")),
                (setattr, (int, "new", 1)), (getattr, (c,)), (setattr, (c, "x")), (delattr, (C, "cls_attr")), (delattr, (C, "cls_attr"))):
    try:
        print(f.__name__, f(*args))
    except (AttributeError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
class S(str):
    pass
setattr(c, S("subname"), "via str subclass")
print(c.subname, getattr(c, S("subname")))
setattr(c, "with space", 1)
setattr(c, "", 2)
print(getattr(c, "with space"), getattr(c, ""), sorted(vars(c)))
class Dyn:
    def __getattr__(self, name):
        return name * 2
d = Dyn()
print(getattr(d, "ab"), hasattr(d, "anything"), getattr(d, "x", "unused default"))
print(getattr(1, "real"), getattr("abc", "upper")(), getattr([], "append").__name__, getattr(len, "__name__"), hasattr(None, "__class__"))
