# an exhausted list/tuple/dict iterator lets go of its sequence
import gc

for cls in (list, tuple, dict):
    done = False
    class A(cls):
        def __del__(self):
            global done
            done = True
            try:
                next(it)
            except StopIteration:
                pass
    it = iter(A())
    try:
        next(it)
    except StopIteration:
        print(cls.__name__, "exhausted")
    gc.collect()
    print(done)

# a grown list does not resume an exhausted iterator; reduce says so
l = [1]
it = iter(l)
print(list(it))
l.append(2)
print(list(it), it.__reduce__()[1:], iter((1,)).__reduce__()[1:])
it = iter((1, 2))
next(it); next(it)
print(it.__reduce__()[1:], it.__length_hint__())
d = {1: 2}
it = iter(d.items())
print(list(it), it.__length_hint__(), it.__reduce__()[1:])
d[3] = 4
print(list(it))

# iter(callable, sentinel) exhausted while its callable runs stops; the sentinel compares first
def spam():
    if spam.is_recursive_call:
        return 2
    spam.is_recursive_call = True
    list(spam.iterator)
    return 1
spam.is_recursive_call = False
spam.iterator = iter(spam, 2)
print(next(spam.iterator, "stopped"))
class S:
    def __eq__(self, other):
        print("sentinel __eq__ first")
        return True
print(list(iter(lambda: 5, S())))
