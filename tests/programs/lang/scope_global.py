# global: reading, rebinding and creating module names from functions.
counter = 0

def increment():
    global counter
    counter += 1
    return counter

print(increment(), increment(), counter)

def create():
    global created
    created = "made in a function"
create()
print(created)

def shadow():
    counter = 100
    return counter
print(shadow(), counter)

def read_only():
    return counter * 10
print(read_only())

def unbound():
    try:
        print(counter)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    counter = 5
unbound()

def nested():
    def inner():
        global counter
        counter = -1
    inner()
    return counter
print(nested(), counter)

def del_global():
    global created
    del created
del_global()
print("created" in globals())

def multi():
    global g1, g2
    g1, g2 = 1, 2
multi()
print(g1, g2)

def for_target():
    global loop_var
    for loop_var in range(3):
        pass
for_target()
print(loop_var)

class C:
    global from_class
    from_class = "set in class body"
    counter = "class attr"
print(from_class, C.counter, counter)

def global_import():
    global sys
    import sys
global_import()
print(sys.__name__)
print(sorted(k for k in globals() if not k.startswith("__")))
