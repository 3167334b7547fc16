# bound methods: __self__/__func__/__name__/__qualname__, equality, calling via class, binding of
# builtins' methods, method objects as values, and methods stored on instances (not bound).
class Dog:
    kind = "canine"
    def __init__(self, name):
        self.name = name
    def speak(self, word="woof"):
        return self.name + " says " + word
    def __repr__(self):
        return "Dog(%s)" % self.name
d = Dog("rex")
m = d.speak
print(m(), m("hi"), Dog.speak(d, "yo"), m.__self__, m.__func__ is Dog.speak, m.__name__, m.__qualname__, type(m).__name__)
print(m == d.speak, m is not d.speak, d.speak == Dog("rex").speak, m.__func__.__name__, m.__doc__, hash(m) == hash(d.speak))
print(Dog.speak.__qualname__, type(Dog.speak).__name__, Dog.__dict__["speak"] is Dog.speak, Dog.__init__.__name__)
speakers = [Dog("a").speak, Dog("b").speak]
print([s() for s in speakers])
d.speak = lambda: "instance attr"
print(d.speak(), Dog.speak(d))
del d.speak
print(d.speak())
try:
    Dog.speak()
except TypeError as e:
    print(type(e).__name__, e)
try:
    m(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    m.new_attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
lst = [3, 1]
app = lst.append
app(2)
print(lst, app.__self__ is lst, app.__name__, type(app).__name__, app.__qualname__, type(list.append).__name__, type(list.__dict__["append"]).__name__)
up = "abc".upper
print(up(), up.__self__, str.upper("x"), type(str.upper).__name__, (1).__add__(2), type((1).__add__).__name__)
print(type(dict.fromkeys).__name__, dict.fromkeys.__self__ is dict, type(int.from_bytes).__name__, type(len).__name__, len.__self__ is not None)
class Counter:
    def __init__(self):
        self.n = 0
    def incr(self):
        self.n += 1
        return self
c = Counter()
inc = c.incr
inc(); inc(); inc()
print(c.n, inc().n, inc.__self__.n)
f = Dog.speak.__get__(Dog("bound by hand"))
print(f(), type(f).__name__, f.__self__)
print(m.__func__(Dog("via func")), m.__func__.__get__(d, Dog)("x"))
class Fn:
    def __call__(self, x):
        return ("called", x)
class Holder:
    fn = Fn()
    lam = lambda self: ("lambda", type(self).__name__)
print(Holder().fn(1), Holder().lam(), Holder.fn(2))
print(sorted(x for x in dir(m) if x in ("__self__", "__func__", "__call__", "__get__")))
