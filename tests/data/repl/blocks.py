x = 1
x
if x:
    y = [1,
         2]

# a comment

for i in y:
    pass
else:
    z = """a
b"""

1 +
if 1:
x
def f(:
class A:
    def m(self): return \
        1

@d
