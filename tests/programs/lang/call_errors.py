# The TypeError messages CPython gives for bad calls of Python functions.
def f(a, b, c=3):
    pass
def g(*, k):
    pass
def h(a, /):
    pass
def many(a, b, c, d):
    pass
class C:
    def m(self, x):
        pass
    @classmethod
    def cm(cls, y):
        pass
    @staticmethod
    def sm(z):
        pass
five, text, nothing = 5, 's', None
cases = [
    ("f()", lambda: f()),
    ("f(1)", lambda: f(1)),
    ("f(1, 2, 3, 4)", lambda: f(1, 2, 3, 4)),
    ("f(1, 2, d=4)", lambda: f(1, 2, d=4)),
    ("f(1, 2, a=1)", lambda: f(1, 2, a=1)),
    ("f(b=2)", lambda: f(b=2)),
    ("g()", lambda: g()),
    ("g(1)", lambda: g(1)),
    ("g(1, k=2)", lambda: g(1, k=2)),
    ("h(a=1)", lambda: h(a=1)),
    ("h()", lambda: h()),
    ("many()", lambda: many()),
    ("many(1, 2)", lambda: many(1, 2)),
    ("many(1, d=4)", lambda: many(1, d=4)),
    ("C().m()", lambda: C().m()),
    ("C().m(1, 2)", lambda: C().m(1, 2)),
    ("C.m(1)", lambda: C.m(1)),
    ("C.cm()", lambda: C.cm()),
    ("C.sm()", lambda: C.sm()),
    ("C().sm(1, 2)", lambda: C().sm(1, 2)),
    ("(lambda: 0)(1)", lambda: (lambda: 0)(1)),
    ("(lambda x: 0)()", lambda: (lambda x: 0)()),
    ("5()", lambda: five()),
    ("'s'()", lambda: text()),
    ("None()", lambda: nothing()),
    ("C()(1)", lambda: C()(1)),
    ("C(1)", lambda: C(1)),
    ("f(**{'a': 1}, **{'a': 2})", lambda: f(**{"a": 1}, **{"a": 2})),
    ("len()", lambda: len()),
    ("len(1, 2)", lambda: len(1, 2)),
    ("len(obj=1)", lambda: len(obj=1)),
    ("int(1, 2, 3)", lambda: int(1, 2, 3)),
    ("isinstance(1)", lambda: isinstance(1)),
]
for text, call in cases:
    try:
        call()
        print(text, "-> no error")
    except TypeError as e:
        print(f"{text:28} TypeError: {e}")
