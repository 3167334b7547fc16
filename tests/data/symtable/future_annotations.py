from __future__ import annotations

x: int = 1
y: List[str]


def f(a: A, *args: B, c: C = None, **kw: D) -> R:
    local: LocalAnn = 1
    unannotated_value: (lambda: q) = 2
    return local


class K:
    field: FieldType
    comp: [t for t in types]

    def m(self, v: K) -> K:
        inner: Inner
        return self
