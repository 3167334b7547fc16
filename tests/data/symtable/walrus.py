if (n := 10) > 5:
    pass

values = [y := f(x) for x in range(3)]
total = [(acc := acc + v) for v in values]


def in_function(items):
    [last := item for item in items]
    return last


def in_nested_comprehension(rows):
    return [[(cell := c) for c in row] for row in rows], cell


def with_global():
    global g
    [g := i for i in range(3)]


def in_lambda():
    return lambda: (z := 1)


def in_genexp(items):
    return any((found := item) for item in items), found


def walrus_names_enclosing(seq):
    def inner():
        return [(hit := s) for s in seq]
    return inner
