import typing

x: int = 1
y: "str"
(paren): int = 2
obj.attr: float = 0.0
items[0]: bool


def f(a: A, *args: B, c: C = None, **kw: D) -> R:
    local: LocalAnn = 1
    only_annotated: Other
    return local


class K:
    field: FieldType
    other: typing.List[int] = []

    def m(self, v: K) -> "K":
        inner: Inner
        return self


lam = lambda q: q
