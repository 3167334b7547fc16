# Fields that share a type, placed by the tokens between them (ast::support::child_in_slot).
a + b * c
x if y else z
s[1:2:3]
s[::2]
s[:b]
s[a:]
t: int = 5
u: str
p = q = r
d = {k: v, **m}
def f(a: int = 1, b=2, *c: str, d): pass
(n := 10)
for i in range(3): pass
raise E from F
assert cond, "message"
with open(p) as fh: pass
x += 1
