def f(a, b):
    if a and b:
        return 1
    elif a or b:
        return 2
    else:
        pass
    while a < b:
        a += 1
        if a == 5:
            break
        if a == 3:
            continue
    else:
        b = 0
    for i in range(10):
        if i:
            print(i)
    else:
        print("done")
    return a if b else None

def g(x):
    return 1 < x < 10

def h(x):
    assert x, "message"
    assert not x
    if not (x is None):
        return x
