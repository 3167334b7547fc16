# T.__new__(S) checks that S's nearest static base uses T's __new__ (tp_new_wrapper)
import collections


def show(f, *a):
    try:
        r = f(*a)
        print(type(r).__name__, repr(r))
    except TypeError as e:
        print("TypeError:", e)


class MyInt(int):
    pass


class NewInt(int):
    def __new__(cls, v=0):
        return int.__new__(cls, v + 1)


class Sub(NewInt):
    pass


show(int.__new__, bool, 0)
show(int.__new__, MyInt, 5)
show(int.__new__, NewInt, 5)
show(NewInt, 5)
show(Sub, 5)
show(object.__new__, int)
show(object.__new__, MyInt)
show(float.__new__, int)
show(tuple.__new__, list)
show(str.__new__, bool)
show(bool.__new__, bool, 1)
show(dict.__new__, collections.OrderedDict)
show(tuple.__new__, collections.namedtuple("P", "x y"), (1, 2))


class E(Exception):
    pass


show(BaseException.__new__, E)
show(Exception.__new__, E)
