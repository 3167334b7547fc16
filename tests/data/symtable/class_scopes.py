x = "global"


class A:
    x = "class"
    y = x

    def f(self):
        return x

    def g(self):
        return y

    class Inner:
        z = x

        def h(self):
            return z


def make():
    v = 1
    w = 2

    class B:
        v = 3
        print(w)

        def m(self):
            return v

    return B


class Private:
    __secret = 1
    __dunder__ = 2

    def __init__(self, __arg):
        self.__attr = __arg
        __local = self.__secret
        return __local

    def get(self):
        return __secret

    class __Nested:
        __deep = 1


class _Under:
    __m = 1


class ___:
    __not_mangled = 1


@decorator(arg)
class Decorated(Base, metaclass=Meta, **extra):
    pass
