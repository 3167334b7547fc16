# __del__ timing without cycles: reference counting finalizes immediately at del, at rebinding,
# at the end of a function, when a container is cleared (in its order), and at exception-handler exit.
log = []
class R:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append(self.name)
x = R("x")
del x
print(log)
y = R("y1")
y = R("y2")
print(log)
def scope():
    local = R("local")
    log.append("returning")
scope()
print(log)
log.clear()
items = [R("i0"), R("i1"), R("i2")]
items.clear()
print(log)
log.clear()
d = {"a": R("da"), "b": R("db")}
del d
print(log)
log.clear()
t = (R("t0"), R("t1"))
t = None
print(log)
log.clear()
try:
    e_obj = R("in-try")
    raise ValueError(e_obj)
except ValueError as err:
    log.append("handler")
del e_obj
print(log)
log.clear()
nested = R("outer")
nested.child = R("child")
del nested
print(log)
log.clear()
def gen():
    r = R("gen-local")
    yield 1
    yield 2
g = gen()
next(g)
del g
print(log)
print("end", y.name)
