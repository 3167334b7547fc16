counter = 0


def bump():
    global counter
    counter += 1


def declares_unused():
    global never_assigned_anywhere
    return never_assigned_anywhere


def nested_global():
    x = 1
    def g():
        global x
        x = 2
    def h():
        return x
    return g, h


class UsesGlobal:
    global counter
    counter = 5

    def method(self):
        return counter


class ClassLocalThenFree:
    name = 1

    def method(self):
        return name


def nonlocal_chain():
    a = 0
    def mid():
        def inner():
            nonlocal a
            a = 1
        return inner
    return mid


def nonlocal_through_class():
    q = 0
    class K:
        def m(self):
            nonlocal q
            q += 1
    return K


global module_level_global
module_level_global = 1
