# Generic SyntaxErrors at the last token of CPython's first pass; a for without in
# (invalid_for_target); the text of a for target's error is its line without the line end
# when CPython read past that line.
cases = [
    'for i < (): pass',
    'for a, b < c: pass',
    'for (a < b), c: pass',
    'for a.b < c: pass',
    'for a+1 < 2: pass',
    'for a, b, (c + 1, d()): pass',
    'for f(): pass',
    'for x = 1: pass',
    'for x y: pass',
    'for [a, b.c, d[0], *e] + 1: pass',
    'for (a, b) c: pass',
    'for a.b(): pass',
    'for *a, -b: pass',
    'for (a in b), c: pass',
    'for 1: pass',
    'for x:\n pass',
    'f(x=1, (y for y in range 10))',
    'f(x=1, y z)',
    'f(**k, y z)',
    'f(*a, y z)',
    'f(x=1, *a, y z)',
    'f(x=1, y)',
    'f(a, b c)',
    'dict(x=34, (x for x in range 10), 1); x $ y',
    'for str(file) in x: pass',
    'for f() in (1,\n2): pass',
    '[a for f() in b\n]',
    '[a for f() in (1,\n2)]',
    '[\na\nfor f()\nin\nb]',
]
for c in cases:
    try:
        compile(c, '<s>', 'exec')
        print(repr(c), 'OK')
    except SyntaxError as e:
        print(repr(c), type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
