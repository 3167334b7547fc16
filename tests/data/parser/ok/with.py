with a:
    pass
with a as b, c as d:
    pass
with (a as b, c as d,):
    pass
with (a, b) as c:
    pass
with (yield):
    pass
with (a):
    pass
