# mappingproxy (type(cls.__dict__)): read-only view, lookups, iteration, copy, | merge, errors.
class C:
    a = 1
    b = "two"
mp = C.__dict__
print(type(mp).__name__, mp["a"], mp.get("b"), mp.get("zz", 0), "a" in mp, len(mp) > 2, sorted(k for k in mp if len(k) == 1))
for op in (lambda: mp.__setitem__("a", 2), lambda: mp.__delitem__("a"), lambda: mp.pop("a"), lambda: mp["missing"], lambda: mp.clear()):
    try:
        op()
    except Exception as e:
        print(type(e).__name__, e)
MP = type(mp)
p = MP({"x": 1, "y": 2})
print(p, repr(p), list(p), list(p.keys()), list(p.values()), list(p.items()), p.copy(), type(p.copy()).__name__)
print(p | {"z": 3}, {"w": 0} | p, p == {"x": 1, "y": 2}, list(reversed(p)), len(p), str(p))
d = {"live": 1}
q = MP(d)
d["added"] = 2
print(q, len(q))
for bad in (5, [1], None):
    try:
        MP(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    q |= {"x": 1}
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(C.__dict__.keys())[:3], C.__dict__["__module__"], type(int.__dict__).__name__, int.__dict__["real"].__name__)
try:
    C.__dict__ = {}
except AttributeError as e:
    print(type(e).__name__, e)
