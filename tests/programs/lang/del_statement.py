# del on names, attributes, subscripts, slices; errors after deletion.
x = 1
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
try:
    del x
except NameError as e:
    print(type(e).__name__, e)

a, b, c = 1, 2, 3
del a, b
print("c" in globals(), "a" in globals())

lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
del lst[:]
print(lst)
try:
    del lst[0]
except IndexError as e:
    print(type(e).__name__, e)

d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)

class Obj:
    cls_attr = "class"
o = Obj()
o.attr = 5
del o.attr
try:
    o.attr
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del o.attr
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del o.cls_attr
except AttributeError as e:
    print(type(e).__name__, e)
del Obj.cls_attr
print(hasattr(Obj, "cls_attr"))

t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
s = "abc"
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)

def local_del():
    y = 10
    del y
    try:
        return y
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"
print(local_del())

# del of nested targets
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)
(p, q) = 1, 2
del (p, q)
print("p" in globals())
n = [1, 2, 3]
del [n[0], n[0]]
print(n)

class Tracker:
    def __delitem__(self, key):
        print("__delitem__", key)
    def __delattr__(self, name):
        print("__delattr__", name)
tr = Tracker()
del tr[1:2, "k"]
del tr.anything
