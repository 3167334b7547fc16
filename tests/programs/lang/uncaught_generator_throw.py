# An exception thrown into a generator that does not handle it: the traceback passes through the generator.
def worker():
    total = 0
    while True:
        item = yield total
        total += item

w = worker()
next(w)
print(w.send(5))
print(w.send(10))
w.throw(ValueError("stop working"))
