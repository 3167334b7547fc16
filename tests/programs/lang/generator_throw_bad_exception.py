# throw() of a class whose instantiation fails: the error is thrown into the generator.
class E(Exception):
    def __new__(cls, *args, **kwargs):
        return cls
def boring():
    yield
gen = boring()
try:
    gen.throw(E)
except TypeError as e:
    print("TypeError", e)
try:
    next(gen)
except StopIteration:
    print("StopIteration")
def catching():
    try:
        yield
    except TypeError as e:
        print("caught inside:", e)
        yield 5
gen = catching()
next(gen)
print(gen.throw(E))
try:
    gen.throw(1)
except TypeError as e:
    print(e)

