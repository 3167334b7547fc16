# args: opt
x = 2 ** 10 + 1
if x in [1, 2]:
    print("%s and %r" % (x, x))
if 0:
    pass
while 0:
    y = 1 / 0
