# UnboundLocalError and NameError in every kind of scope, with CPython's messages.
counter = 10

def augmented():
    counter += 1
try:
    augmented()
except UnboundLocalError as e:
    print(type(e).__name__, e, isinstance(e, NameError))

def read_before_write():
    print(value)
    value = 1
try:
    read_before_write()
except UnboundLocalError as e:
    print(type(e).__name__, e)

def after_del():
    a = 1
    del a
    return a
try:
    after_del()
except UnboundLocalError as e:
    print(type(e).__name__, e)

def free_before_assignment():
    def inner():
        return later
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    later = "now set"
    return inner()
print(free_before_assignment())

def except_name_cleared():
    try:
        raise ValueError("x")
    except ValueError as err:
        pass
    try:
        return err
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"
print(except_name_cleared())

def loop_never_ran():
    for item in []:
        pass
    try:
        return item
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"
print(loop_never_ran())

def with_walrus():
    if False:
        (w := 1)
    try:
        return w
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"
print(with_walrus())

def import_binds_local():
    try:
        sys
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    import sys
    return sys.__name__
print(import_binds_local())

def class_def_binds_local():
    try:
        Local
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    class Local:
        pass
    return Local.__name__
print(class_def_binds_local())

try:
    never_defined
except NameError as e:
    print(type(e).__name__, e, type(e) is NameError)

g = "module level"
del g
try:
    g
except NameError as e:
    print(type(e).__name__, e)
