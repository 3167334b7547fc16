def f():
    try:
        a()
    except ValueError as e:
        b(e)
    except (TypeError, KeyError):
        c()
    except:
        d()
    else:
        e()
    finally:
        g()

def h():
    try:
        return 1
    finally:
        cleanup()

def w():
    with open("f") as f, open("g"):
        return f.read()

def loop():
    for x in y:
        try:
            continue
        finally:
            break

def r():
    raise ValueError("x") from None
