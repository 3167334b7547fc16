def f(x):
    match x:
        case 0 | 1:
            return "small"
        case [a, b, *rest]:
            return a
        case [first, *_, last]:
            return last
        case {"k": v, **kw}:
            return v
        case {}:
            return 0
        case Point(x=0, y=yy) if yy > 0:
            return yy
        case Point(1, 2):
            return 1
        case str() as s:
            return s
        case None:
            return None
        case (p, q) | [q, p]:
            return p
        case Color.RED:
            return 2
        case _:
            return -1

def g(cmd):
    match cmd.split():
        case [action]:
            pass
        case [action, obj]:
            pass
