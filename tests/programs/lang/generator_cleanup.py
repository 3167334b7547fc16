# Generator cleanup: finally and with blocks run on close(), on garbage collection, and on break.
class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print(f"  open {self.name}")
        return self
    def __exit__(self, *exc):
        print(f"  close {self.name} (exception: {exc[0].__name__ if exc[0] else None})")
        return False

def reader(name):
    with Res(name):
        for i in range(5):
            yield i

print("explicit close:")
g = reader("A")
print(next(g), next(g))
g.close()

print("dropped reference:")
g = reader("B")
next(g)
g = None
print("after dropping")

print("break out of a for loop:")
for x in reader("C"):
    if x == 1:
        break
print("after break (the generator object is freed at once)")

print("fully consumed:")
print(sum(reader("D")))

print("exception in the consumer:")
def consume():
    for x in reader("E"):
        if x == 2:
            raise ValueError("consumer failed")
try:
    consume()
except ValueError as e:
    print("caught", e)

print("finally with return value:")
def tracked():
    try:
        yield 1
        yield 2
    finally:
        print("  tracked finally")
t = tracked()
next(t)
del t
print("after del")

print("generator never started:")
n = reader("never")
del n
print("nothing opened or closed")

print("nested generators:")
def outer():
    try:
        yield from reader("inner")
    finally:
        print("  outer finally")
o = outer()
next(o)
o.close()
